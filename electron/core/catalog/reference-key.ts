import { parseReference } from '../../../shared/lib/image-reference'

/**
 * One spelling per image name, so "python", "python:latest" and "docker.io/library/python:latest"
 * find the same entry: "docker.io/library/python:latest". A reference with a tag is keyed by the
 * tag (its digest, if any, is checked apart); one with only a digest by the digest. Null for
 * references that name no image (invalid, or a build argument left unresolved).
 */
export function referenceKey(raw: string): string | null {
  const parsed = parseReference(raw)
  if (parsed.kind === 'scratch') return 'scratch'
  if (parsed.kind !== 'image') return null
  const { domain, path, tag, digest } = parsed.reference
  if (tag === null && digest !== null) return `${domain}/${path}@${digest}`
  return `${domain}/${path}:${tag ?? 'latest'}`
}

/** The digest part of "repo@sha256:…" (or of a bare "sha256:…"); null when there is none. */
export function digestOf(raw: string): string | null {
  const match = /(?:^|@)(sha256:[0-9a-f]{64})$/.exec(raw.trim())
  return match?.[1] ?? null
}
