/** "linux/amd64/…" from its parts; the variant only when there is one. */
export function platformName(os: string, architecture: string, variant?: string | null): string {
  return [os, architecture, variant].filter((part) => typeof part === 'string' && part !== '').join('/')
}

/** "linux/arm64" asks for "linux/arm64/v8" too, as the docker CLI's --platform does; the reverse does not hold. */
export function platformMatches(listed: string, wanted: string): boolean {
  return listed === wanted || listed.startsWith(`${wanted}/`)
}
