import type { ErrorPayload } from '../../../../shared/contract'
import { shortId } from '../../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../../shared/lib/display-text'

/**
 * Which of the references the core could not find: from the error's details when it gives them,
 * else the one its message names ("No such image: X …"). null for any other failure.
 */
export function missingReference(error: ErrorPayload, references: readonly string[]): string | null {
  if (error.code !== 'IMAGE_NOT_FOUND') return null
  const details = error.details
  if (typeof details === 'object' && details !== null && 'reference' in details) {
    const reference = (details as { reference: unknown }).reference
    if (typeof reference === 'string' && references.includes(reference)) return reference
  }
  // Longest first: "app:1.0" must not be taken for "app:1.0-slim".
  const named = [...references].sort((a, b) => b.length - a.length).find((reference) => error.message.includes(reference))
  return named ?? null
}

/** A full image ID is shown short, as everywhere else in the app; names as they are, escaped (a link can carry anything). */
export function displayReference(reference: string): string {
  return /^sha256:[0-9a-f]{64}$/.test(reference) ? shortId(reference) : escapeForDisplay(reference, { maxLength: 300 })
}
