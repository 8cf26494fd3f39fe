/**
 * Unix seconds (as the engine sends them) to ISO 8601; null for the zero time of imported layers,
 * and for a time no Date can hold (a loaded image may claim the year 292277026596).
 */
export function unixSecondsToIso(seconds: number): string | null {
  if (!Number.isFinite(seconds) || seconds <= 0) return null
  const date = new Date(seconds * 1000)
  return Number.isNaN(date.getTime()) ? null : date.toISOString()
}

/** "3 days ago", "2 months ago": what `docker image ls` calls CREATED. */
export function formatAge(iso: string | null, now: Date = new Date()): string {
  if (!iso) return 'unknown'
  const seconds = Math.max(0, (now.getTime() - new Date(iso).getTime()) / 1000)
  const steps: [number, string][] = [
    [60, 'second'], [60, 'minute'], [24, 'hour'], [7, 'day'], [4.35, 'week'], [12, 'month'],
  ]
  let value = seconds
  for (const [size, unit] of steps) {
    if (value < size) return plural(Math.floor(value), unit)
    value /= size
  }
  return plural(Math.floor(value), 'year')
}

function plural(count: number, unit: string): string {
  if (unit === 'second' && count < 5) return 'just now'
  return `${count} ${unit}${count === 1 ? '' : 's'} ago`
}
