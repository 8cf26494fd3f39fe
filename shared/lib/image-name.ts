/** What docker prints for a repository or tag that is not there. */
export const NONE = '<none>'

/**
 * "localhost:5000/team/app:1.2" -> repository "localhost:5000/team/app", tag "1.2": the tag is
 * after the last ':' that follows the last '/', so a registry's port is never taken for a tag.
 * A reference without a tag gives tag null. Digests ("app@sha256:…") are not split here.
 */
export function splitTag(reference: string): { repository: string; tag: string | null } {
  const colon = reference.lastIndexOf(':')
  if (colon <= reference.lastIndexOf('/')) return { repository: reference, tag: null }
  return { repository: reference.slice(0, colon), tag: reference.slice(colon + 1) }
}

/** The repository an image pulled by digest still belongs to: "python@sha256:…" -> "python". */
export function repositoryOfDigest(repoDigest: string): string {
  const at = repoDigest.indexOf('@')
  return at === -1 ? repoDigest : repoDigest.slice(0, at)
}

/** docker's REPOSITORY and TAG of an image: its tags split, else its digest's repository with <none>. */
export function dockerNames(tags: readonly string[], repoDigests: readonly string[]): { repository: string; tag: string }[] {
  if (tags.length > 0) return tags.map((reference) => {
    const { repository, tag } = splitTag(reference)
    return { repository, tag: tag ?? NONE }
  })
  const digest = repoDigests[0]
  return [{ repository: digest === undefined ? NONE : repositoryOfDigest(digest), tag: NONE }]
}
