import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { TlsSpec } from './endpoint-types'
import { tlsFromDir } from './endpoint-url'

/** Which Docker CLI context is selected, and by what. */
export interface ContextSelection {
  name: string
  /** DOCKER_CONTEXT, or the `currentContext` of the config file at `configFile`. */
  selectedBy: 'DOCKER_CONTEXT' | 'config'
  configFile: string
}

export type ResolvedContext =
  | { url: string; tls: TlsSpec | null; error: null }
  | { url: null; tls: null; error: string }

/** $DOCKER_CONFIG, else ~/.docker: where the CLI keeps config.json and contexts/. */
export function dockerConfigDir(env: NodeJS.ProcessEnv, home: string): string {
  return env.DOCKER_CONFIG || join(home, '.docker')
}

/**
 * The context the docker CLI would use: DOCKER_CONTEXT wins over config.json's currentContext.
 * "default" means no context (DOCKER_HOST or the default socket), so it selects nothing.
 */
export function selectedContext(env: NodeJS.ProcessEnv, configDir: string): ContextSelection | null {
  const configFile = join(configDir, 'config.json')
  const fromEnv = env.DOCKER_CONTEXT?.trim()
  if (fromEnv) return fromEnv === 'default' ? null : { name: fromEnv, selectedBy: 'DOCKER_CONTEXT', configFile }
  const current = readCurrentContext(configFile)
  if (!current || current === 'default') return null
  return { name: current, selectedBy: 'config', configFile }
}

// An unreadable or corrupt config.json selects no context: the CLI warns and carries on too.
function readCurrentContext(configFile: string): string | null {
  const config = readJson(configFile)
  if (!isRecord(config)) return null
  const current = config.currentContext
  return typeof current === 'string' && current.trim() !== '' ? current.trim() : null
}

/**
 * Resolves a context the way the CLI stores it: contexts/meta/<sha256 of the name>/meta.json holds
 * Endpoints.docker.Host and SkipTLSVerify; contexts/tls/<same hash>/docker/ holds ca, cert and key.
 */
export function resolveContext(name: string, configDir: string, defaultUrl: string): ResolvedContext {
  const hash = createHash('sha256').update(name).digest('hex')
  const metaFile = join(configDir, 'contexts', 'meta', hash, 'meta.json')
  if (!existsSync(metaFile)) return failure(`context "${name}" does not exist (no ${metaFile})`)
  const meta = readJson(metaFile)
  if (meta === null) return failure(`context "${name}" is unreadable (${metaFile} is not valid JSON)`)
  const docker = isRecord(meta) && isRecord(meta.Endpoints) ? meta.Endpoints.docker : undefined
  if (!isRecord(docker)) return failure(`context "${name}" has no docker endpoint (${metaFile})`)
  const host = typeof docker.Host === 'string' ? docker.Host.trim() : ''
  const skipVerify = docker.SkipTLSVerify === true
  const tlsDir = join(configDir, 'contexts', 'tls', hash, 'docker')
  const hasTlsFiles = listDir(tlsDir).length > 0
  // The CLI uses TLS for a context only when it stores TLS material or skips verification.
  const tls = hasTlsFiles || skipVerify ? tlsFromDir(tlsDir, !skipVerify) : null
  return { url: host === '' ? defaultUrl : host, tls, error: null }
}

function failure(error: string): ResolvedContext {
  return { url: null, tls: null, error }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'))
  } catch {
    return null
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
