/**
 * Reads an image reference (`[domain[:port]/]path[:tag][@digest]`, the distribution/reference
 * grammar, with Docker's familiar-name normalisation) in one left-to-right pass per part.
 *
 * Why our own scanner rather than a library: `@swimlane/docker-reference` 2.0.1, which we used
 * before, builds the grammar as nested regular expressions that backtrack catastrophically.
 * Measured here (Node 24.22.3, shared 2-core machine): `parseFamiliarName('quay.io/jupyter/
 * base-notebook-x:1@sha256:' + 'a'.repeat(40) + 'X')` took 2,959 ms on the first call (753 ms
 * warm), and every extra `-` or `/` segment multiplies it. Any image LABEL or dropped Dockerfile
 * could stall the main process that way. Nothing here uses a regular expression: each character is
 * looked at a bounded number of times, and text longer than any valid reference is refused before
 * it is read at all.
 */

/** Docker's limits: a name (domain included) of 255 characters, a tag of 128. */
export const NAME_MAX_LENGTH = 255
export const TAG_MAX_LENGTH = 128
/** The longest valid reference: name, ":" tag, "@sha512:" and 128 hex digits. */
const REFERENCE_MAX_LENGTH = NAME_MAX_LENGTH + 1 + TAG_MAX_LENGTH + 1 + 'sha512:'.length + 128

const DEFAULT_DOMAIN = 'docker.io'
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io'
const OFFICIAL_PREFIX = 'library/'
const DIGEST_LENGTHS: Readonly<Record<string, number>> = { sha256: 64, sha384: 96, sha512: 128 }

export type ScannedReference =
  | { ok: true; domain: string; path: string; tag: string | null; digest: string | null }
  | { ok: false; reason: string }

/** A reason when the text is longer than any valid reference can be; null otherwise. */
export function whyTooLong(text: string): string | null {
  if (text.length <= REFERENCE_MAX_LENGTH) return null
  return `it is ${text.length} characters long; Docker allows a name of at most ${NAME_MAX_LENGTH} and a tag of at most ${TAG_MAX_LENGTH}`
}

/** What `docker pull` accepts, normalised: `python` → docker.io + library/python. */
export function scanReference(text: string): ScannedReference {
  const tooLong = whyTooLong(text)
  if (tooLong) return fail(tooLong)
  if (text.length === 64 && isHexRun(text, 0, 64, false)) {
    return fail('64 hexadecimal characters are an image ID, not a repository name')
  }
  const at = text.indexOf('@')
  const beforeDigest = at === -1 ? text : text.slice(0, at)
  const digest = at === -1 ? null : text.slice(at + 1)
  const { domain, remainder } = splitDomain(beforeDigest)
  const colon = remainder.indexOf(':')
  const path = colon === -1 ? remainder : remainder.slice(0, colon)
  const tag = colon === -1 ? null : remainder.slice(colon + 1)
  if (path.toLowerCase() !== path) return fail('repository name must be lowercase')
  const nameLength = domain.length + 1 + path.length
  if (nameLength > NAME_MAX_LENGTH) {
    return fail(`the name is ${nameLength} characters long with its registry; Docker allows at most ${NAME_MAX_LENGTH}`)
  }
  const name = nameParts(domain, path)
  if (!name.ok) return name
  const tagProblem = tag === null ? null : whyBadTag(tag)
  if (tagProblem) return fail(tagProblem)
  const digestProblem = digest === null ? null : whyBadDigest(digest)
  if (digestProblem) return fail(digestProblem)
  return { ok: true, domain: name.domain, path: name.path, tag, digest }
}

function fail(reason: string): ScannedReference {
  return { ok: false, reason }
}

/** Docker's rule: the first part is a registry when it has a "." or ":", is "localhost", or has capitals. */
function splitDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/')
  if (slash === -1) return { domain: DEFAULT_DOMAIN, remainder: OFFICIAL_PREFIX + name }
  const first = name.slice(0, slash)
  const rest = name.slice(slash + 1)
  let domain = DEFAULT_DOMAIN
  let remainder = name
  if (first === LEGACY_DEFAULT_DOMAIN) {
    remainder = rest
  } else if (first === 'localhost' || first.includes('.') || first.includes(':') || first.toLowerCase() !== first) {
    domain = first
    remainder = rest
  }
  if (domain === DEFAULT_DOMAIN && !remainder.includes('/')) remainder = OFFICIAL_PREFIX + remainder
  return { domain, remainder }
}

/**
 * The grammar makes the registry optional: a first part that is no valid host but reads as a path
 * component ("foo_bar.com/x") belongs to the path, on Docker Hub.
 */
function nameParts(domain: string, path: string): ScannedReference & { ok: true } | { ok: false; reason: string } {
  const pathProblem = whyBadPath(path)
  if (isValidDomain(domain)) {
    return pathProblem ? { ok: false, reason: pathProblem } : { ok: true, domain, path, tag: null, digest: null }
  }
  const whole = `${domain}/${path}`
  if (whyBadPath(whole) === null) return { ok: true, domain: DEFAULT_DOMAIN, path: whole, tag: null, digest: null }
  return { ok: false, reason: `"${domain}" is not a registry host (a host name or [IPv6] address, with an optional :port)` }
}

/** `host[:port]` where host is dot-separated labels of letters, digits and inner dashes, or `[hex:…]`. */
export function isValidDomain(domain: string): boolean {
  const end = domain.length
  let hostEnd: number
  if (domain.startsWith('[')) {
    hostEnd = domain.indexOf(']') + 1
    if (hostEnd === 0 || !isIpv6Body(domain, 1, hostEnd - 1)) return false
  } else {
    const colon = domain.indexOf(':')
    hostEnd = colon === -1 ? end : colon
    if (!isHostName(domain, hostEnd)) return false
  }
  if (hostEnd === end) return true
  if (domain.charCodeAt(hostEnd) !== COLON || hostEnd + 1 === end) return false
  for (let i = hostEnd + 1; i < end; i += 1) if (!isDigit(domain.charCodeAt(i))) return false
  return true
}

function isIpv6Body(text: string, start: number, end: number): boolean {
  if (end <= start) return false
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i)
    if (code !== COLON && !isHexDigit(code, true)) return false
  }
  return true
}

function isHostName(text: string, end: number): boolean {
  let labelStart = 0
  for (let i = 0; i <= end; i += 1) {
    if (i < end && text.charCodeAt(i) !== DOT) {
      const code = text.charCodeAt(i)
      if (!isAlphaNumeric(code, true) && code !== DASH) return false
      continue
    }
    if (i === labelStart || text.charCodeAt(labelStart) === DASH || text.charCodeAt(i - 1) === DASH) return false
    labelStart = i + 1
  }
  return true
}

/** Components split by "/", each lowercase alphanumerics joined by ".", "_", "__" or any run of "-". */
function whyBadPath(path: string): string | null {
  let componentStart = 0
  for (let i = 0; i <= path.length; i += 1) {
    if (i < path.length && path.charCodeAt(i) !== SLASH) continue
    const problem = whyBadComponent(path, componentStart, i)
    if (problem) return problem
    componentStart = i + 1
  }
  return null
}

function whyBadComponent(text: string, start: number, end: number): string | null {
  if (start === end) return 'the name has an empty part (a leading, doubled or trailing "/")'
  // The run of separators since the last letter or digit: ".", "_", "__" or dashes only.
  let runLength = 0
  let runAllDashes = true
  for (let i = start; i < end; i += 1) {
    const code = text.charCodeAt(i)
    if (isAlphaNumeric(code, false)) {
      if (runLength > 0 && !isSeparatorRun(text, i - runLength, runLength, runAllDashes)) return SEPARATOR_RULE
      runLength = 0
      runAllDashes = true
      continue
    }
    const bad = whyBadCharacter(code)
    if (bad) return bad
    if (i === start) return SEPARATOR_RULE
    runLength += 1
    runAllDashes &&= code === DASH
  }
  return runLength > 0 ? SEPARATOR_RULE : null
}

function isSeparatorRun(text: string, start: number, length: number, allDashes: boolean): boolean {
  if (allDashes) return true
  if (length === 1) return true
  return length === 2 && text.charCodeAt(start) === UNDERSCORE && text.charCodeAt(start + 1) === UNDERSCORE
}

const SEPARATOR_RULE = 'each part of the name starts and ends with a letter or digit, with only ".", "_", "__" or dashes between'

function whyBadCharacter(code: number): string | null {
  if (code === DOT || code === UNDERSCORE || code === DASH) return null
  if (code === 32 || code === 9 || code === 10 || code === 13) return 'spaces are not allowed'
  return 'only lowercase letters, digits and . _ - / : @ may appear'
}

function whyBadTag(tag: string): string | null {
  if (tag === '') return 'the tag after ":" is empty'
  if (tag.includes(':')) return 'a tag cannot contain ":"; write name:tag, e.g. python:3.12-slim'
  if (tag.length > TAG_MAX_LENGTH) return `the tag is ${tag.length} characters long; Docker allows at most ${TAG_MAX_LENGTH}`
  for (let i = 0; i < tag.length; i += 1) {
    const code = tag.charCodeAt(i)
    const word = isAlphaNumeric(code, true) || code === UNDERSCORE
    if (word || (i > 0 && (code === DOT || code === DASH))) continue
    if (code === 32 || code === 9) return 'spaces are not allowed'
    return 'a tag is letters, digits, "_", "." and "-", and does not start with "." or "-"'
  }
  return null
}

function whyBadDigest(digest: string): string | null {
  const colon = digest.indexOf(':')
  const algorithm = colon === -1 ? digest : digest.slice(0, colon)
  const expected = DIGEST_LENGTHS[algorithm]
  const encodedLength = digest.length - colon - 1
  if (colon === -1 || expected === undefined || encodedLength !== expected || !isHexRun(digest, colon + 1, digest.length, false)) {
    if (expected !== undefined && expected !== 64) return `a ${algorithm} digest is @${algorithm}: followed by ${expected} hex characters`
    return 'a digest is @sha256: followed by 64 hex characters'
  }
  return null
}

const DOT = 46
const DASH = 45
const SLASH = 47
const COLON = 58
const UNDERSCORE = 95

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57
}

function isAlphaNumeric(code: number, upperToo: boolean): boolean {
  return isDigit(code) || (code >= 97 && code <= 122) || (upperToo && code >= 65 && code <= 90)
}

function isHexDigit(code: number, upperToo: boolean): boolean {
  return isDigit(code) || (code >= 97 && code <= 102) || (upperToo && code >= 65 && code <= 70)
}

function isHexRun(text: string, start: number, end: number, upperToo: boolean): boolean {
  for (let i = start; i < end; i += 1) if (!isHexDigit(text.charCodeAt(i), upperToo)) return false
  return true
}
