/** Ticks in bytes at 1, 2, 2.5 or 5 times a power of ten, so the axis reads "0 B, 20 MB, 40 MB…". */
export function niceTicks(maxBytes: number, wanted = 5): number[] {
  if (!(maxBytes > 0)) return [0]
  const raw = maxBytes / wanted
  const power = 10 ** Math.floor(Math.log10(raw))
  // Never below one byte: half a byte is not a size.
  const step = Math.max(1, [1, 2, 2.5, 5, 10].map((factor) => factor * power).find((candidate) => candidate >= raw) ?? raw)
  const ticks: number[] = []
  for (let value = 0; value < maxBytes + step; value += step) ticks.push(value)
  return ticks
}
