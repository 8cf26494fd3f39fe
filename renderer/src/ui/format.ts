// Intl formatters are costly to build (toLocaleString builds one per call), and the image grid
// formats a dozen values per row on every scroll frame: build them once.
const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' })
const integer = new Intl.NumberFormat('en')

/** "12 Mar 2024, 14:03:11" in the user's locale; undefined for a missing or unreadable date. */
export function formatDateTime(iso: string | null): string | undefined {
  if (!iso) return undefined
  const time = Date.parse(iso)
  return Number.isNaN(time) ? undefined : dateTime.format(time)
}

/** The exact size behind a rounded one: "119,304,832 bytes". */
export function formatExactBytes(bytes: number): string {
  return `${integer.format(bytes)} ${bytes === 1 ? 'byte' : 'bytes'}`
}
