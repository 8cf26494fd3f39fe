const DECIMAL_UNITS = ['B', 'kB', 'MB', 'GB', 'TB', 'PB'] as const

function scale(bytes: number): { value: number; unit: string } {
  let value = Math.abs(bytes)
  let index = 0
  while (value >= 1000 && index < DECIMAL_UNITS.length - 1) {
    value /= 1000
    index += 1
  }
  return { value: Math.sign(bytes) * value, unit: DECIMAL_UNITS[index] ?? 'B' }
}

/**
 * Human size in decimal units, as Docker prints sizes (1 MB = 1,000,000 bytes), with three
 * significant digits and a space: "4.26 MB", "119 MB", "0 B".
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes)) return '—'
  const { value, unit } = scale(bytes)
  return `${Number(value.toPrecision(3))} ${unit}`
}

/** Exactly what `docker image ls` prints (go-units HumanSizeWithPrecision(size, 3)): "4.26MB". */
export function formatBytesLikeDocker(bytes: number): string {
  const { value, unit } = scale(bytes)
  return `${formatGoG(value, 3)}${unit}`
}

/** Go's %.*g: shortest of %e / %f at the given precision, trailing zeros removed. */
function formatGoG(value: number, precision: number): string {
  if (value === 0) return '0'
  // Go takes the exponent after rounding to the precision: 999.999 at 3 digits is 1e+03.
  const [mantissa = '0', power = '0'] = value.toExponential(precision - 1).split('e')
  const exponent = Number(power)
  if (exponent < -4 || exponent >= precision) {
    const trimmed = withoutTrailingZeros(mantissa)
    const sign = power.startsWith('-') ? '-' : '+'
    const digits = power.replace(/^[+-]/, '').padStart(2, '0')
    return `${trimmed}e${sign}${digits}`
  }
  const fixed = value.toFixed(Math.max(0, precision - 1 - exponent))
  return withoutTrailingZeros(fixed)
}

/** "sha256:abc…" -> the 12 hex characters people recognise from `docker image ls`. */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, '').slice(0, 12)
}

/** "1.500" → "1.5", "2.000" → "2"; only after a decimal point. */
function withoutTrailingZeros(text: string): string {
  if (!text.includes('.')) return text
  let end = text.length
  while (text.charAt(end - 1) === '0') end -= 1
  if (text.charAt(end - 1) === '.') end -= 1
  return text.slice(0, end)
}

const MINUS = '\u2212'

/** A difference in size, always signed, with a true minus: "+3 MB", "−70 MB", "0 B". */
export function formatDeltaBytes(deltaBytes: number): string {
  if (deltaBytes === 0) return formatBytes(0)
  return `${deltaBytes < 0 ? MINUS : '+'}${formatBytes(Math.abs(deltaBytes))}`
}
