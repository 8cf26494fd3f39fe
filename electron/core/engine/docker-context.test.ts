import { createHash } from 'node:crypto'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { dockerConfigDir, resolveContext, selectedContext } from './docker-context'

const DEFAULT_URL = 'unix:///var/run/docker.sock'
let configDir = ''

beforeEach(() => {
  configDir = mkdtempSync(join(tmpdir(), 'baseline-docker-config-'))
})
afterEach(() => rmSync(configDir, { recursive: true, force: true }))

function hashOf(name: string): string {
  return createHash('sha256').update(name).digest('hex')
}

/** Writes a context exactly as `docker context create` lays it out. */
function writeContext(name: string, docker: Record<string, unknown>, tlsFiles: string[] = []): void {
  const metaDir = join(configDir, 'contexts', 'meta', hashOf(name))
  mkdirSync(metaDir, { recursive: true })
  writeFileSync(join(metaDir, 'meta.json'), JSON.stringify({ Name: name, Metadata: {}, Endpoints: { docker } }))
  if (tlsFiles.length === 0) return
  const tlsDir = join(configDir, 'contexts', 'tls', hashOf(name), 'docker')
  mkdirSync(tlsDir, { recursive: true })
  for (const file of tlsFiles) writeFileSync(join(tlsDir, file), 'pem')
}

function writeConfig(config: unknown): void {
  writeFileSync(join(configDir, 'config.json'), typeof config === 'string' ? config : JSON.stringify(config))
}

describe('dockerConfigDir', () => {
  it('is DOCKER_CONFIG when set, else ~/.docker', () => {
    expect(dockerConfigDir({ DOCKER_CONFIG: '/etc/dc' }, '/home/me')).toBe('/etc/dc')
    expect(dockerConfigDir({}, '/home/me')).toBe('/home/me/.docker')
  })
})

describe('selectedContext', () => {
  it('reads currentContext from config.json', () => {
    writeConfig({ auths: {}, currentContext: 'remote' })
    expect(selectedContext({}, configDir)).toEqual({
      name: 'remote', selectedBy: 'config', configFile: join(configDir, 'config.json'),
    })
  })

  it('DOCKER_CONTEXT wins over config.json', () => {
    writeConfig({ currentContext: 'remote' })
    expect(selectedContext({ DOCKER_CONTEXT: 'colima' }, configDir)?.name).toBe('colima')
    expect(selectedContext({ DOCKER_CONTEXT: 'colima' }, configDir)?.selectedBy).toBe('DOCKER_CONTEXT')
  })

  it('"default" selects no context, even over a current context in config.json', () => {
    writeConfig({ currentContext: 'remote' })
    expect(selectedContext({ DOCKER_CONTEXT: 'default' }, configDir)).toBeNull()
    writeConfig({ currentContext: 'default' })
    expect(selectedContext({}, configDir)).toBeNull()
  })

  it('no config.json, or a corrupt one, selects nothing', () => {
    expect(selectedContext({}, configDir)).toBeNull()
    writeConfig('{ not json')
    expect(selectedContext({}, configDir)).toBeNull()
  })
})

describe('resolveContext', () => {
  it('finds the docker host through contexts/meta/<sha256 of the name>/meta.json', () => {
    writeContext('sshc', { Host: 'ssh://me@box:2222', SkipTLSVerify: false })
    expect(resolveContext('sshc', configDir, DEFAULT_URL)).toEqual({ url: 'ssh://me@box:2222', tls: null, error: null })
  })

  it('takes TLS material from contexts/tls/<hash>/docker and honours SkipTLSVerify', () => {
    writeContext('remote', { Host: 'tcp://10.0.0.5:2376', SkipTLSVerify: true }, ['ca.pem', 'cert.pem', 'key.pem'])
    const tlsDir = join(configDir, 'contexts', 'tls', hashOf('remote'), 'docker')
    expect(resolveContext('remote', configDir, DEFAULT_URL)).toEqual({
      url: 'tcp://10.0.0.5:2376',
      tls: { verify: false, caPath: join(tlsDir, 'ca.pem'), certPath: join(tlsDir, 'cert.pem'), keyPath: join(tlsDir, 'key.pem') },
      error: null,
    })
  })

  it('verifies the server when TLS files exist and SkipTLSVerify is false', () => {
    writeContext('secure', { Host: 'tcp://box:2376', SkipTLSVerify: false }, ['ca.pem'])
    expect(resolveContext('secure', configDir, DEFAULT_URL).tls?.verify).toBe(true)
  })

  it('an empty Host means the default engine URL', () => {
    writeContext('plain', { Host: '' })
    expect(resolveContext('plain', configDir, DEFAULT_URL).url).toBe(DEFAULT_URL)
  })

  it('a context that does not exist is an error naming the missing file', () => {
    const resolved = resolveContext('ghost', configDir, DEFAULT_URL)
    expect(resolved.error).toContain('context "ghost" does not exist')
    expect(resolved.error).toContain(join('contexts', 'meta', hashOf('ghost'), 'meta.json'))
  })

  it('a meta.json that is not JSON is an error, not an exception', () => {
    const metaDir = join(configDir, 'contexts', 'meta', hashOf('broken'))
    mkdirSync(metaDir, { recursive: true })
    writeFileSync(join(metaDir, 'meta.json'), '{')
    expect(resolveContext('broken', configDir, DEFAULT_URL).error).toMatch(/not valid JSON/)
  })
})
