import type { EngineInfo, EngineStatus } from '../../../../shared/model'

/** The header indicator's accessible name; it always starts with "Engine:" (an e2e contract). */
export function indicatorText(status: EngineStatus | undefined, failed: boolean): string {
  if (status) return `Engine: ${status.state}`
  return failed ? 'Engine: unknown' : 'Engine: checking'
}

export function platformText(engine: EngineInfo): string {
  return `${engine.os}/${engine.arch}`
}

/** Loose check before saving, to catch typos early; the core validates for real. */
export function endpointProblem(value: string): string | null {
  const trimmed = value.trim()
  if (trimmed === '') return null
  if (!/^(unix|tcp|ssh|npipe|http|https):\/\/./i.test(trimmed)) {
    return 'Use a URL such as unix:///var/run/docker.sock, tcp://host:2376 or ssh://user@host'
  }
  return null
}
