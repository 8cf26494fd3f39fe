import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { parseEngineUrl, tlsFromEnv } from './endpoint-url'

const TLS = { verify: true, caPath: null, certPath: null, keyPath: null }

describe('parseEngineUrl', () => {
  it.each([
    ['unix:///var/run/docker.sock', { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['unix:///home/me/.colima/default/docker.sock', { kind: 'unix', socketPath: '/home/me/.colima/default/docker.sock' }],
    ['unix://', { kind: 'unix', socketPath: '/var/run/docker.sock' }],
    ['/run/podman/podman.sock', { kind: 'unix', socketPath: '/run/podman/podman.sock' }],
    ['npipe:////./pipe/docker_engine', { kind: 'npipe', pipePath: '//./pipe/docker_engine' }],
    ['npipe://', { kind: 'npipe', pipePath: '//./pipe/docker_engine' }],
    ['tcp://10.0.0.5:2375', { kind: 'tcp', host: '10.0.0.5', port: 2375, tls: null }],
    ['tcp://docker.example.com', { kind: 'tcp', host: 'docker.example.com', port: 2375, tls: null }],
    ['localhost:2375', { kind: 'tcp', host: 'localhost', port: 2375, tls: null }],
    ['tcp://[::1]:2375', { kind: 'tcp', host: '::1', port: 2375, tls: null }],
    ['http://box:8080', { kind: 'tcp', host: 'box', port: 8080, tls: null }],
    ['ssh://me@build-box', { kind: 'ssh', host: 'build-box', port: 22, username: 'me' }],
    ['ssh://me@build-box:2222', { kind: 'ssh', host: 'build-box', port: 2222, username: 'me' }],
    ['ssh://build-box', { kind: 'ssh', host: 'build-box', port: 22, username: null }],
  ])('%s', (url, connection) => {
    expect(parseEngineUrl(url, null)).toEqual({ connection, error: null })
  })

  it('tcp with the TLS variables defaults to port 2376 and carries the TLS material', () => {
    expect(parseEngineUrl('tcp://box', TLS)).toEqual({ connection: { kind: 'tcp', host: 'box', port: 2376, tls: TLS }, error: null })
  })

  it('https:// turns TLS on with verification even without the variables', () => {
    expect(parseEngineUrl('https://box:2376', null).connection).toEqual({ kind: 'tcp', host: 'box', port: 2376, tls: TLS })
  })

  it.each([
    ['foo://x', /unsupported scheme "foo"/],
    ['', /empty/],
    ['   ', /empty/],
    ['tcp://', /names no host/],
    ['tcp://:2375', /expected tcp:\/\/host\[:port\]/],
    ['tcp://box:99999', /expected tcp:\/\/host\[:port\]/],
    ['ssh://', /names no host/],
    ['ssh://me:secret@box', /may not carry a password/],
  ])('%j is an error, not an exception', (url, message) => {
    const parsed = parseEngineUrl(url, null)
    expect(parsed.connection).toBeNull()
    expect(parsed.error).toMatch(message)
  })
})

describe('tlsFromEnv', () => {
  let dir = ''
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  function certDir(files: string[]): string {
    dir = mkdtempSync(join(tmpdir(), 'baseline-tls-'))
    for (const name of files) writeFileSync(join(dir, name), 'pem')
    return dir
  }

  it('is off without DOCKER_TLS_VERIFY or DOCKER_TLS', () => {
    expect(tlsFromEnv({ DOCKER_CERT_PATH: '/nowhere' }, '/home/me')).toBeNull()
  })

  it('reads ca.pem, cert.pem and key.pem from DOCKER_CERT_PATH when DOCKER_TLS_VERIFY is set', () => {
    const path = certDir(['ca.pem', 'cert.pem', 'key.pem'])
    expect(tlsFromEnv({ DOCKER_TLS_VERIFY: '1', DOCKER_CERT_PATH: path }, '/home/me')).toEqual({
      verify: true,
      caPath: join(path, 'ca.pem'),
      certPath: join(path, 'cert.pem'),
      keyPath: join(path, 'key.pem'),
    })
  })

  it('defaults the certificate folder to ~/.docker and leaves out missing files', () => {
    const home = certDir([])
    mkdirSync(join(home, '.docker'))
    writeFileSync(join(home, '.docker', 'ca.pem'), 'pem')
    expect(tlsFromEnv({ DOCKER_TLS_VERIFY: '1' }, home)).toEqual({
      verify: true, caPath: join(home, '.docker', 'ca.pem'), certPath: null, keyPath: null,
    })
  })

  it('DOCKER_TLS alone encrypts without verifying the server', () => {
    const path = certDir([])
    expect(tlsFromEnv({ DOCKER_TLS: '1', DOCKER_CERT_PATH: path }, '/home/me')?.verify).toBe(false)
  })
})
