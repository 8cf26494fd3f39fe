/** The screens, addressed by the URL hash so back/forward and reloads land where the user was. */
export type Route =
  | { name: 'images' }
  /** `platform`: one platform of a multi-platform image ("linux/arm64/v8"); absent: the engine's own. */
  | { name: 'image'; id: string; platform?: string }
  /** The file-level scan of an image: layers' files, waste, what the final filesystem holds. */
  | { name: 'image-files'; id: string; platform?: string }
  | { name: 'lineage' }
  | { name: 'engine' }
  | { name: 'dockerfile' }
  /** Images side by side, in the order given; fewer than two shows how to pick them. */
  | { name: 'compare'; references: string[] }
  | { name: 'not-found'; hash: string }

export function parseHash(hash: string): Route {
  const [location = '', query = ''] = hash.replace(/^#/, '').split('?', 2)
  const path = withoutTrailingSlashes(location)
  const platform = new URLSearchParams(query).get('platform')
  const onPlatform = platform ? { platform } : {}
  if (path === '' || path === '/' || path === '/images') return { name: 'images' }
  if (path === '/engine') return { name: 'engine' }
  if (path === '/lineage') return { name: 'lineage' }
  if (path === '/dockerfile') return { name: 'dockerfile' }
  const compare = /^\/compare(?:\/([^/]*))?$/.exec(path)
  if (compare) {
    const references = compareReferences(compare[1] ?? '')
    if (references) return { name: 'compare', references }
  }
  const files = /^\/images\/([^/]+)\/files$/.exec(path)
  if (files?.[1]) {
    const id = safeDecode(files[1])
    if (id) return { name: 'image-files', id, ...onPlatform }
  }
  const image = /^\/images\/([^/]+)$/.exec(path)
  if (image?.[1]) {
    const id = safeDecode(image[1])
    if (id) return { name: 'image', id, ...onPlatform }
  }
  return { name: 'not-found', hash }
}

export function hrefOf(route: Route): string {
  switch (route.name) {
    case 'images':
      return '#/images'
    case 'lineage':
      return '#/lineage'
    case 'engine':
      return '#/engine'
    case 'dockerfile':
      return '#/dockerfile'
    case 'image-files':
      return `${imageHref(route.id)}/files${platformQuery(route.platform)}`
    case 'image':
      // Keep the colon of "sha256:…" readable; everything else that could break the path is escaped.
      return `#/images/${readableEscape(route.id)}${platformQuery(route.platform)}`
    case 'compare':
      // Each reference escaped whole, so a comma or slash inside one cannot split the list.
      return `#/compare/${route.references.map((reference) => readableEscape(reference)).join(',')}`
    case 'not-found':
      return route.hash
  }
}

export function imageHref(id: string): string {
  return hrefOf({ name: 'image', id })
}

export function compareHref(references: readonly string[]): string {
  return hrefOf({ name: 'compare', references: [...references] })
}

function platformQuery(platform: string | undefined): string {
  return platform ? `?platform=${encodeURIComponent(platform)}` : ''
}

/** Keep the colon of "sha256:…" and "python:3.12" readable; everything else that could break the path is escaped. */
function readableEscape(segment: string): string {
  return encodeURIComponent(segment).replace(/%3A/gi, ':')
}

/** "a,b,a" -> [a, b]: each piece decoded, empty pieces and repeats dropped; null on a broken escape. */
function compareReferences(list: string): string[] | null {
  const references: string[] = []
  for (const piece of list.split(',')) {
    if (piece.trim() === '') continue
    const reference = safeDecode(piece)
    if (reference === null) return null
    if (!references.includes(reference)) references.push(reference)
  }
  return references
}

function safeDecode(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment).trim()
    return decoded === '' ? null : decoded
  } catch {
    return null
  }
}

function withoutTrailingSlashes(text: string): string {
  let end = text.length
  while (text.charAt(end - 1) === '/') end -= 1
  return text.slice(0, end)
}
