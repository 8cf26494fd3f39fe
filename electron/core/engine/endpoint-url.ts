import { existsSync } from 'node:fs'
import { join } from 'node:path'
import type { ConnectionSpec, TlsSpec } from './endpoint-types'

export type ParsedEngineUrl = { connection: ConnectionSpec; error: null } | { connection: null; error: string }

const DEFAULT_UNIX_SOCKET = '/var/run/docker.sock'
const DEFAULT_PIPE = '//./pipe/docker_engine'
const SCHEMES = 'use unix://, tcp://, ssh:// or npipe://'

/**
 * TLS settings the docker CLI takes from the environment: any non-empty DOCKER_TLS_VERIFY turns
 * TLS on with verification (the CLI does not read the value), DOCKER_TLS alone turns it on
 * without; certificates come from DOCKER_CERT_PATH, else ~/.docker, each only if present.
 */
export function tlsFromEnv(env: NodeJS.ProcessEnv, home: string): TlsSpec | null {
  const verify = Boolean(env.DOCKER_TLS_VERIFY)
  if (!verify && !env.DOCKER_TLS) return null
  return tlsFromDir(env.DOCKER_CERT_PATH || join(home, '.docker'), verify)
}

/** ca.pem, cert.pem and key.pem of a directory, the ones that exist. */
export function tlsFromDir(dir: string, verify: boolean): TlsSpec {
  const pick = (name: string): string | null => {
    const path = join(dir, name)
    return existsSync(path) ? path : null
  }
  return { verify, caPath: pick('ca.pem'), certPath: pick('cert.pem'), keyPath: pick('key.pem') }
}

/**
 * Parses an engine URL the way the docker CLI reads DOCKER_HOST or -H: unix://, npipe://,
 * tcp:// (also http:// and https://, and a bare host:port), ssh://user@host[:port]. A bare
 * absolute path is taken as a unix socket. Never throws: a bad URL comes back as an error text.
 */
export function parseEngineUrl(raw: string, tls: TlsSpec | null): ParsedEngineUrl {
  const url = raw.trim()
  if (url === '') return fail('the engine URL is empty')
  if (url.startsWith('/')) return ok({ kind: 'unix', socketPath: url })
  const separator = url.indexOf('://')
  if (separator < 0) return parseTcp(url, url, tls)
  const scheme = url.slice(0, separator).toLowerCase()
  const rest = url.slice(separator + 3)
  switch (scheme) {
    case 'unix':
      return ok({ kind: 'unix', socketPath: rest || DEFAULT_UNIX_SOCKET })
    case 'npipe':
      return ok({ kind: 'npipe', pipePath: rest || DEFAULT_PIPE })
    case 'tcp':
    case 'http':
      return parseTcp(url, rest, tls)
    case 'https':
      return parseTcp(url, rest, tls ?? { verify: true, caPath: null, certPath: null, keyPath: null })
    case 'ssh':
      return parseSsh(url, rest)
    default:
      return fail(`"${url}" is not an engine URL: unsupported scheme "${scheme}" (${SCHEMES})`)
  }
}

function parseTcp(url: string, rest: string, tls: TlsSpec | null): ParsedEngineUrl {
  const parsed = parseAuthority(rest)
  if (!parsed && rest !== '') return fail(`"${url}" is not an engine URL: expected tcp://host[:port]`)
  if (!parsed || parsed.hostname === '') return fail(`"${url}" is not an engine URL: it names no host (e.g. tcp://host:2376)`)
  const port = parsed.port === '' ? (tls ? 2376 : 2375) : Number(parsed.port)
  return ok({ kind: 'tcp', host: unbracket(parsed.hostname), port, tls })
}

function parseSsh(url: string, rest: string): ParsedEngineUrl {
  const parsed = parseAuthority(rest)
  if (!parsed && rest !== '') return fail(`"${url}" is not an engine URL: expected ssh://user@host[:port]`)
  if (!parsed || parsed.hostname === '') return fail(`"${url}" is not an engine URL: it names no host (e.g. ssh://user@host)`)
  // As the docker CLI does: a password in the URL would end up in logs and process lists.
  if (parsed.password !== '') return fail(`"${url}" is not an engine URL: ssh:// URLs may not carry a password`)
  const port = parsed.port === '' ? 22 : Number(parsed.port)
  const username = parsed.username === '' ? null : decodeURIComponent(parsed.username)
  return ok({ kind: 'ssh', host: unbracket(parsed.hostname), port, username })
}

/** WHATWG URL does the host/port/userinfo grammar (IPv6, ports out of range) for us. */
function parseAuthority(rest: string): URL | null {
  try {
    return new URL(`http://${rest}`)
  } catch {
    return null
  }
}

function unbracket(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname
}

function ok(connection: ConnectionSpec): ParsedEngineUrl {
  return { connection, error: null }
}

function fail(error: string): ParsedEngineUrl {
  return { connection: null, error }
}
