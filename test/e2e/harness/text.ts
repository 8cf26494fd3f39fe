export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

/** Exactly one of these texts: which tag of an image a page leads with is the app's choice. */
export function oneOf(texts: readonly string[]): RegExp {
  return new RegExp(`^(${texts.map(escapeRegExp).join('|')})$`)
}
