import { readFileSync } from 'node:fs'
import { Agent as HttpAgent } from 'node:http'
import { Agent as HttpsAgent } from 'node:https'
import type { Dockerode } from './dockerode-augment'
import type { ConnectionSpec, TlsSpec } from './endpoint-types'

/**
 * docker-modem merges its own defaults, read from process.env (DOCKER_HOST, DOCKER_CERT_PATH,
 * DOCKER_CLIENT_TIMEOUT), under the options it is given. Discovery has already decided where to
 * connect, so every key those defaults could set is overridden here. `timeout` stays unset on
 * purpose: it is an idle timeout that kills big exports while the daemon stages them.
 */
const CLEARED: Dockerode.DockerOptions = {
  socketPath: undefined,
  host: undefined,
  port: undefined,
  protocol: undefined,
  username: undefined,
  ca: undefined,
  cert: undefined,
  key: undefined,
  timeout: undefined,
  version: undefined,
  sshOptions: undefined,
}

export interface ConnectionOptions {
  options: Dockerode.DockerOptions
  /** Our own agent, so closing a client frees its keep-alive sockets; null for ssh (the modem owns it). */
  agent: HttpAgent | null
}

/**
 * Dockerode options for one endpoint. Throws an Error with a readable message when TLS files
 * cannot be read or ssh has no agent to authenticate with.
 */
export function connectionOptions(spec: ConnectionSpec, env: NodeJS.ProcessEnv): ConnectionOptions {
  switch (spec.kind) {
    case 'unix':
      return withAgent({ ...CLEARED, socketPath: spec.socketPath }, new HttpAgent({ keepAlive: true }))
    case 'npipe':
      return withAgent({ ...CLEARED, socketPath: spec.pipePath }, new HttpAgent({ keepAlive: true }))
    case 'tcp':
      return spec.tls === null
        ? withAgent({ ...CLEARED, host: spec.host, port: spec.port, protocol: 'http' }, new HttpAgent({ keepAlive: true }))
        : tlsOptions(spec.host, spec.port, spec.tls)
    case 'ssh':
      return { options: sshOptions(spec, env), agent: null }
  }
}

function withAgent(options: Dockerode.DockerOptions, agent: HttpAgent): ConnectionOptions {
  return { options: { ...options, agent }, agent }
}

function tlsOptions(host: string, port: number, tls: TlsSpec): ConnectionOptions {
  const ca = readTlsFile(tls.caPath)
  const cert = readTlsFile(tls.certPath)
  const key = readTlsFile(tls.keyPath)
  // Agent options win over request options in Node, which is how verification can be turned off
  // (docker-modem has no option for it).
  const agent = new HttpsAgent({ keepAlive: true, ca, cert, key, rejectUnauthorized: tls.verify })
  return withAgent({ ...CLEARED, host, port, protocol: 'https', ca, cert, key }, agent)
}

function readTlsFile(path: string | null): Buffer | undefined {
  if (path === null) return undefined
  try {
    return readFileSync(path)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new Error(`cannot read TLS file ${path}: ${reason}`, { cause: error })
  }
}

function sshOptions(spec: Extract<ConnectionSpec, { kind: 'ssh' }>, env: NodeJS.ProcessEnv): Dockerode.DockerOptions {
  // docker-modem authenticates ssh through an agent only (it runs `docker system dial-stdio` remotely).
  if (!env.SSH_AUTH_SOCK) {
    throw new Error('ssh:// needs a running SSH agent with your key loaded (SSH_AUTH_SOCK is not set)')
  }
  const username = spec.username ?? env.USER ?? env.USERNAME
  return {
    ...CLEARED,
    host: spec.host,
    port: spec.port,
    protocol: 'ssh',
    username,
    sshOptions: { agent: env.SSH_AUTH_SOCK },
  }
}
