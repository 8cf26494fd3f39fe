/**
 * The one place text we do not control (labels, tags, history commands, Dockerfile lines) becomes
 * safe to show: control characters, bidirectional overrides and isolates (Trojan Source,
 * CVE-2021-42574), zero-width characters, line separators and lone surrogates become visible
 * `\uXXXX` escapes, so they can neither reorder what a reader sees nor break a row in two.
 * Used by the CLI, every report format and the renderer.
 */

// C0 and C1 controls, DEL, bidi marks/embeddings/overrides/isolates, zero-width and separators.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g
const LINE_BREAKS = /[\t\n\r]/g

export interface DisplayOptions {
  /** Keep tab, line feed and carriage return as they are (a report cell that wraps); default false. */
  keepLineBreaks?: boolean
  /** Cut to this many characters of the original, saying how many more there were; default no limit. */
  maxLength?: number
}

function escapeCode(character: string): string {
  return `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`
}

const NAMED: Readonly<Record<string, string>> = { '\t': '\\t', '\n': '\\n', '\r': '\\r' }

export function escapeForDisplay(text: string, options: DisplayOptions = {}): string {
  const { keepLineBreaks = false, maxLength } = options
  const cut = maxLength !== undefined && text.length > maxLength
  let shown = cut ? text.slice(0, maxLength) : text
  shown = shown.replace(INVISIBLE, escapeCode)
  if (!keepLineBreaks) shown = shown.replace(LINE_BREAKS, (character) => NAMED[character] ?? character)
  return cut ? `${shown}… (${(text.length - (maxLength ?? 0)).toLocaleString('en-US')} more characters)` : shown
}

/** True when the text holds something escapeForDisplay would change (line breaks aside). */
export function hasInvisibleCharacters(text: string): boolean {
  INVISIBLE.lastIndex = 0
  const found = INVISIBLE.test(text)
  INVISIBLE.lastIndex = 0
  return found
}
