// Docker prints decimal units (1 MB = 1,000,000 bytes); binary ones are accepted when spelled so.
const UNITS: Record<string, number> = {
  b: 1,
  kb: 1e3, mb: 1e6, gb: 1e9, tb: 1e12,
  k: 1e3, m: 1e6, g: 1e9, t: 1e12,
  kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3, tib: 1024 ** 4,
}

/** "200MB", "1.5 GB", "512MiB", "1000" -> bytes; null when it is not a size. */
export function parseSize(text: string): number | null {
  const match = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(text.trim())
  if (!match) return null
  const unit = UNITS[(match[2] ?? '').toLowerCase() || 'b']
  if (unit === undefined) return null
  return Math.round(Number(match[1]) * unit)
}
