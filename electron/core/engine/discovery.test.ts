import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { discoverEndpoints } from './discovery'
import type { DiscoveryInput } from './endpoint-types'

let home = ''
beforeEach(() => {
  home = mkdtempSync(join(tmpdir(), 'baseline-home-'))
})
afterEach(() => rmSync(home, { recursive: true, force: true }))

function input(env: NodeJS.ProcessEnv, setting: string | null = null, platform: NodeJS.Platform = 'linux'): DiscoveryInput {
  return { env: { HOME: home, ...env }, setting, platform, uid: 1000, homedir: '/should/not/be/used' }
}

function writeContext(name: string, host: string, current = true): void {
  const dir = join(home, '.docker', 'contexts', 'meta', createHash('sha256').update(name).digest('hex'))
  mkdirSync(dir, { recursive: true })
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ Name: name, Endpoints: { docker: { Host: host } } }))
  if (current) writeFileSync(join(home, '.docker', 'config.json'), JSON.stringify({ currentContext: name }))
}

describe('discoverEndpoints without an explicit choice', () => {
  it('tries every known socket, desktop engines first and the system socket last', () => {
    const discovery = discoverEndpoints(input({ XDG_RUNTIME_DIR: '/run/user/1000' }))
    expect(discovery.authoritative).toBe(false)
    expect(discovery.candidates.map((c) => [c.endpoint.label, c.endpoint.url])).toEqual([
      ['Docker Desktop', `unix://${home}/.docker/run/docker.sock`],
      ['Docker Desktop', `unix://${home}/.docker/desktop/docker.sock`],
      ['Colima', `unix://${home}/.colima/default/docker.sock`],
      ['Colima', `unix://${home}/.config/colima/default/docker.sock`],
      ['OrbStack', `unix://${home}/.orbstack/run/docker.sock`],
      ['Rancher Desktop', `unix://${home}/.rd/docker.sock`],
      ['Podman (rootless)', 'unix:///run/user/1000/podman/podman.sock'],
      ['Podman (rootful)', 'unix:///run/podman/podman.sock'],
      ['Docker Engine (rootless)', 'unix:///run/user/1000/docker.sock'],
      ['Docker Engine (default socket)', 'unix:///var/run/docker.sock'],
    ])
    expect(discovery.candidates.every((c) => c.endpoint.source === 'known-socket' && c.error === null)).toBe(true)
  })

  it('finds rootless Podman under /run/user/<uid> when XDG_RUNTIME_DIR is unset', () => {
    const urls = discoverEndpoints(input({})).candidates.map((c) => c.endpoint.url)
    expect(urls).toContain('unix:///run/user/1000/podman/podman.sock')
  })

  it('uses the named pipe on Windows', () => {
    const discovery = discoverEndpoints(input({ USERPROFILE: 'C:\\Users\\me' }, null, 'win32'))
    expect(discovery.candidates[0]?.endpoint.url).toBe('npipe:////./pipe/docker_engine')
    expect(discovery.candidates[0]?.connection).toEqual({ kind: 'npipe', pipePath: '//./pipe/docker_engine' })
  })

  it('DOCKER_CONTEXT=default means no context: the known sockets are tried', () => {
    writeContext('remote', 'tcp://10.0.0.5:2375')
    expect(discoverEndpoints(input({ DOCKER_CONTEXT: 'default' })).authoritative).toBe(false)
  })

  it('suggests what to start when nothing answers', () => {
    expect(discoverEndpoints(input({})).hint).toMatch(/Start Docker Desktop, Colima/)
  })
})

describe('an explicit choice is the only endpoint tried', () => {
  it('the app setting wins over DOCKER_HOST and contexts', () => {
    writeContext('remote', 'tcp://10.0.0.5:2375')
    const discovery = discoverEndpoints(input({ DOCKER_HOST: 'unix:///x.sock' }, 'tcp://setting-box:2375'))
    expect(discovery.authoritative).toBe(true)
    expect(discovery.candidates).toHaveLength(1)
    expect(discovery.candidates[0]?.endpoint).toEqual({ source: 'setting', label: 'Baseline setting', url: 'tcp://setting-box:2375' })
    expect(discovery.hint).toMatch(/engine setting is tcp:\/\/setting-box:2375, so no other endpoint was tried/)
  })

  it('DOCKER_HOST wins over contexts and says how to undo it', () => {
    writeContext('remote', 'tcp://10.0.0.5:2375')
    const discovery = discoverEndpoints(input({ DOCKER_HOST: 'unix:///x.sock', DOCKER_CONTEXT: 'remote' }))
    expect(discovery.candidates.map((c) => c.endpoint.url)).toEqual(['unix:///x.sock'])
    expect(discovery.candidates[0]?.connection).toEqual({ kind: 'unix', socketPath: '/x.sock' })
    expect(discovery.hint).toBe(
      'DOCKER_HOST is set to unix:///x.sock, so no other endpoint was tried. Unset it to let Baseline look for an engine.')
  })

  it('DOCKER_HOST over tcp picks up DOCKER_TLS_VERIFY', () => {
    const discovery = discoverEndpoints(input({ DOCKER_HOST: 'tcp://box', DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: home }))
    expect(discovery.candidates[0]?.connection).toMatchObject({ kind: 'tcp', host: 'box', port: 2376, tls: { verify: true } })
  })

  it('a malformed DOCKER_HOST is a candidate with a clear error', () => {
    const discovery = discoverEndpoints(input({ DOCKER_HOST: 'bogus://what' }))
    expect(discovery.authoritative).toBe(true)
    expect(discovery.candidates[0]?.connection).toBeNull()
    expect(discovery.candidates[0]?.error).toMatch(/unsupported scheme "bogus"/)
  })

  it('DOCKER_CONTEXT resolves through the context store', () => {
    writeContext('remote', 'ssh://me@box', false)
    const discovery = discoverEndpoints(input({ DOCKER_CONTEXT: 'remote' }))
    expect(discovery.candidates[0]?.endpoint).toEqual({ source: 'context', label: "context 'remote'", url: 'ssh://me@box' })
    expect(discovery.hint).toMatch(/^DOCKER_CONTEXT is set to "remote", so no other endpoint was tried/)
  })

  it("config.json's current context is authoritative and the hint says how to go back to default", () => {
    writeContext('colima', `unix://${home}/.colima/default/docker.sock`)
    const discovery = discoverEndpoints(input({}))
    expect(discovery.authoritative).toBe(true)
    expect(discovery.candidates[0]?.connection).toEqual({ kind: 'unix', socketPath: `${home}/.colima/default/docker.sock` })
    expect(discovery.hint).toMatch(/current context is "colima".*docker context use default/)
  })

  it('DOCKER_CONFIG moves the context store', () => {
    const configDir = join(home, 'elsewhere')
    const dir = join(configDir, 'contexts', 'meta', createHash('sha256').update('x').digest('hex'))
    mkdirSync(dir, { recursive: true })
    writeFileSync(join(dir, 'meta.json'), JSON.stringify({ Endpoints: { docker: { Host: 'tcp://x:2375' } } }))
    writeFileSync(join(configDir, 'config.json'), JSON.stringify({ currentContext: 'x' }))
    expect(discoverEndpoints(input({ DOCKER_CONFIG: configDir })).candidates[0]?.endpoint.url).toBe('tcp://x:2375')
  })

  it('a selected context that does not exist is an attempt with an error', () => {
    const discovery = discoverEndpoints(input({ DOCKER_CONTEXT: 'ghost' }))
    expect(discovery.candidates).toHaveLength(1)
    expect(discovery.candidates[0]?.error).toMatch(/context "ghost" does not exist/)
  })
})
