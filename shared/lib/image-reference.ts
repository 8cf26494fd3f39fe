import { parseFamiliarName } from '@swimlane/docker-reference'

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

/** Parses a reference the way `docker pull` reads it (familiar names expand to docker.io/library). */
export function parseReference(raw: string): ParsedReference {
  const text = raw.trim()
  if (text === 'scratch') return { kind: 'scratch' }
  const variables = [...text.matchAll(VARIABLE)].map((match) => match[1] ?? '')
  if (variables.length > 0) return { kind: 'unresolved', raw: text, variables }
  if (text === '') return { kind: 'invalid', raw, reason: 'the reference is empty' }
  try {
    const parsed = parseFamiliarName(text)
    const domain = parsed.domain ?? 'docker.io'
    const path = parsed.repository ?? ''
    return {
      kind: 'image',
      reference: {
        raw: text,
        domain,
        path,
        familiarName: familiarNameOf(domain, path),
        tag: parsed.tag ?? null,
        digest: parsed.digest ?? null,
      },
    }
  } catch (error) {
    const reason = error instanceof Error ? error.message.replace(/^invalid reference format:?\s*/, '') : ''
    return { kind: 'invalid', raw: text, reason: reason || whyInvalid(text) }
  }
}

/** The grammar's own error says only "invalid reference format": name the usual mistakes. */
function whyInvalid(text: string): string {
  if (/\s/.test(text)) return 'spaces are not allowed'
  const lastPart = text.slice(text.lastIndexOf('/') + 1).split('@')[0] ?? ''
  if ((lastPart.match(/:/g) ?? []).length > 1) return 'a tag cannot contain ":"; write name:tag, e.g. python:3.12-slim'
  if (/:$/.test(lastPart)) return 'the tag after ":" is empty'
  if (/@/.test(text) && !/@sha256:[0-9a-f]{64}$/.test(text)) return 'a digest is @sha256: followed by 64 hex characters'
  if (/[^a-z0-9._\-/:@]/.test(text)) return 'only lowercase letters, digits and . _ - / : @ may appear'
  return 'it does not read as name[:tag][@digest]'
}

function familiarNameOf(domain: string, path: string): string {
  if (domain !== 'docker.io') return `${domain}/${path}`
  return path.startsWith('library/') ? path.slice('library/'.length) : path
}

/** "python:3.12", "gcr.io/distroless/static-debian12@sha256:…": the shortest faithful spelling. */
export function formatReference(reference: Pick<ImageReference, 'familiarName' | 'tag' | 'digest'>): string {
  const tag = reference.tag ? `:${reference.tag}` : ''
  const digest = reference.digest ? `@${reference.digest}` : ''
  return `${reference.familiarName}${tag}${digest}`
}
