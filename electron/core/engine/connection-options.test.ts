import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Agent as HttpsAgent } from 'node:https'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { connectionOptions } from './connection-options'
import { createDockerClient } from './docker-client'
import { FAKE_VERSION, startFakeEngine } from './fake-engine'

let dir = ''
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'baseline-options-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('connectionOptions', () => {
  it('never sets an idle timeout (it would kill big exports) and clears what docker-modem reads from process.env', () => {
    const { options, agent } = connectionOptions({ kind: 'unix', socketPath: '/x.sock' }, {})
    expect(options).toMatchObject({ socketPath: '/x.sock', host: undefined, port: undefined, protocol: undefined })
    expect(Object.hasOwn(options, 'timeout')).toBe(true)
    expect(options.timeout).toBeUndefined()
    agent?.destroy()
  })

  it('builds TLS from the certificate files, and turns verification off only when asked', () => {
    for (const name of ['ca.pem', 'cert.pem', 'key.pem']) writeFileSync(join(dir, name), `${name} bytes`)
    const tls = { verify: false, caPath: join(dir, 'ca.pem'), certPath: join(dir, 'cert.pem'), keyPath: join(dir, 'key.pem') }
    const { options, agent } = connectionOptions({ kind: 'tcp', host: 'box', port: 2376, tls }, {})
    expect(options).toMatchObject({ host: 'box', port: 2376, protocol: 'https' })
    expect(options.ca?.toString()).toBe('ca.pem bytes')
    expect(agent).toBeInstanceOf(HttpsAgent)
    expect((agent as HttpsAgent).options.rejectUnauthorized).toBe(false)
    agent?.destroy()
  })

  it('says which TLS file it could not read', () => {
    const tls = { verify: true, caPath: join(dir, 'missing-ca.pem'), certPath: null, keyPath: null }
    expect(() => connectionOptions({ kind: 'tcp', host: 'box', port: 2376, tls }, {}))
      .toThrow(`cannot read TLS file ${join(dir, 'missing-ca.pem')}`)
  })

  it('ssh needs an agent, and defaults the user name to $USER', () => {
    const spec = { kind: 'ssh' as const, host: 'box', port: 22, username: null }
    expect(() => connectionOptions(spec, {})).toThrow(/SSH_AUTH_SOCK is not set/)
    const { options } = connectionOptions(spec, { SSH_AUTH_SOCK: '/agent.sock', USER: 'me' })
    expect(options).toMatchObject({ protocol: 'ssh', host: 'box', port: 22, username: 'me', sshOptions: { agent: '/agent.sock' } })
  })
})

describe('a client built from discovery', () => {
  let saved: string | undefined
  beforeEach(() => {
    saved = process.env.DOCKER_HOST
  })
  afterEach(() => {
    if (saved === undefined) delete process.env.DOCKER_HOST
    else process.env.DOCKER_HOST = saved
  })

  it("goes where discovery said even when this process's DOCKER_HOST says otherwise", async () => {
    const engine = await startFakeEngine(dir)
    process.env.DOCKER_HOST = 'tcp://192.0.2.1:2375'
    const client = createDockerClient({ source: 'setting', label: 'Baseline setting', url: engine.url }, { kind: 'unix', socketPath: engine.socketPath }, {})
    expect(await client.probe(AbortSignal.timeout(2000))).toEqual(FAKE_VERSION)
    client.close()
    await engine.stop()
  })
})
