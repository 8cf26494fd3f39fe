/** The sentences shown to people when the cache could not be used as intended. */

export function rebuiltNotice(keptPath: string): string {
  return `The analysis cache was unreadable and has been rebuilt (old file kept at ${keptPath}).`
}

export function unwritableNotice(directory: string, reason: string): string {
  return (
    `The analysis cache folder ${directory} cannot be written (${reason}); ` +
    'using an in-memory cache for this session.'
  )
}

export function newerSchemaNotice(path: string): string {
  return (
    `The analysis cache ${path} was written by a newer version of Baseline and is left as it is; ` +
    'using an in-memory cache for this session.'
  )
}

export function failedInUseNotice(reason: string, keptPath: string | null): string {
  const kept = keptPath === null ? '' : ` (old file kept at ${keptPath})`
  return (
    `The analysis cache failed while in use (${reason})${kept}; ` +
    'using an in-memory cache for this session.'
  )
}

export function notCachedNotice(reason: string, path: string): string {
  return `Analyses are not cached this session: ${reason}. The cache file ${path} is left as it is; results are kept in memory until Baseline closes.`
}
