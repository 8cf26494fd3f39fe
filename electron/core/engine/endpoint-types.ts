import type { EngineEndpoint } from '../../../shared/model'

/** TLS material as file paths; the client reads them when it connects. */
export interface TlsSpec {
  /** false: accept any server certificate (DOCKER_TLS without VERIFY, a context's SkipTLSVerify). */
  verify: boolean
  caPath: string | null
  certPath: string | null
  keyPath: string | null
}

/** How to reach one endpoint, parsed from its URL. */
export type ConnectionSpec =
  | { kind: 'unix'; socketPath: string }
  | { kind: 'npipe'; pipePath: string }
  | { kind: 'tcp'; host: string; port: number; tls: TlsSpec | null }
  | { kind: 'ssh'; host: string; port: number; username: string | null }

/** One endpoint discovery found: either how to connect, or why it cannot be tried. */
export interface EndpointCandidate {
  endpoint: EngineEndpoint
  connection: ConnectionSpec | null
  /** Set when the endpoint is known but unusable (a malformed DOCKER_HOST, a missing context). */
  error: string | null
}

/**
 * What discovery decided. `authoritative` mirrors the docker CLI: an explicit choice (the setting,
 * DOCKER_HOST, DOCKER_CONTEXT, a non-default current context) is the only endpoint tried.
 */
export interface Discovery {
  candidates: EndpointCandidate[]
  authoritative: boolean
  /** Shown when nothing answered: why only these endpoints were tried, or where to look next. */
  hint: string
}

/** Everything discovery reads; injected so tests can use temp dirs and fake environments. */
export interface DiscoveryInput {
  env: NodeJS.ProcessEnv
  setting: string | null
  platform: NodeJS.Platform
  /** The process's uid, for /run/user/<uid>; null on Windows. */
  uid: number | null
  /** Fallback when env has no HOME (USERPROFILE on Windows). */
  homedir: string
}
