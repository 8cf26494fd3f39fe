import { scanReference, whyTooLong } from './reference-scanner'

/** An image reference taken apart: plain data, JSON-safe. */
export interface ImageReference {
  /** As written. */
  raw: string
  /** "docker.io", "gcr.io", "localhost:5000". */
  domain: string
  /** Path within the registry: "library/python", "distroless/static-debian12". */
  path: string
  /** What people write: "python", "gcr.io/distroless/static-debian12", "localhost:5000/team/app". */
  familiarName: string
  tag: string | null
  digest: string | null
}

export type ParsedReference =
  | { kind: 'image'; reference: ImageReference }
  | { kind: 'scratch' }
  /** Still holds a build argument (`python:${VERSION}`) that no default resolved. */
  | { kind: 'unresolved'; raw: string; variables: string[] }
  | { kind: 'invalid'; raw: string; reason: string }

const VARIABLE = /\$\{?([A-Za-z_][A-Za-z0-9_]*)/g

/** Parses a reference the way `docker pull` reads it (familiar names expand to docker.io/library), in linear time. */
export function parseReference(raw: string): ParsedReference {
  const text = raw.trim()
  if (text === 'scratch') return { kind: 'scratch' }
  // Before anything else reads it: a megabyte label must cost nothing.
  const tooLong = whyTooLong(text)
  if (tooLong) return { kind: 'invalid', raw: text, reason: tooLong }
  const variables = [...text.matchAll(VARIABLE)].map((match) => match[1] ?? '')
  if (variables.length > 0) return { kind: 'unresolved', raw: text, variables }
  if (text === '') return { kind: 'invalid', raw, reason: 'the reference is empty' }
  const scanned = scanReference(text)
  if (!scanned.ok) return { kind: 'invalid', raw: text, reason: scanned.reason }
  const { domain, path, tag, digest } = scanned
  return {
    kind: 'image',
    reference: { raw: text, domain, path, familiarName: familiarNameOf(domain, path), tag, digest },
  }
}

function familiarNameOf(domain: string, path: string): string {
  if (domain !== 'docker.io') return `${domain}/${path}`
  // Only official images drop "library/": docker.io/library/foo/bar stays "library/foo/bar".
  const rest = path.startsWith('library/') ? path.slice('library/'.length) : path
  return rest.includes('/') ? path : rest
}

/** "python:3.12", "gcr.io/distroless/static-debian12@sha256:…": the shortest faithful spelling. */
export function formatReference(reference: Pick<ImageReference, 'familiarName' | 'tag' | 'digest'>): string {
  const tag = reference.tag ? `:${reference.tag}` : ''
  const digest = reference.digest ? `@${reference.digest}` : ''
  return `${reference.familiarName}${tag}${digest}`
}
