/** The screens, addressed by the URL hash so back/forward and reloads land where the user was. */
export type Route =
  | { name: 'images' }
  | { name: 'image'; id: string }
  | { name: 'lineage' }
  | { name: 'engine' }
  | { name: 'dockerfile' }
  | { name: 'not-found'; hash: string }

export function parseHash(hash: string): Route {
  const path = hash.replace(/^#/, '').replace(/\/+$/, '')
  if (path === '' || path === '/' || path === '/images') return { name: 'images' }
  if (path === '/engine') return { name: 'engine' }
  if (path === '/lineage') return { name: 'lineage' }
  if (path === '/dockerfile') return { name: 'dockerfile' }
  const image = /^\/images\/([^/]+)$/.exec(path)
  if (image?.[1]) {
    const id = safeDecode(image[1])
    if (id) return { name: 'image', id }
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
    case 'image':
      // Keep the colon of "sha256:…" readable; everything else that could break the path is escaped.
      return `#/images/${encodeURIComponent(route.id).replace(/%3A/gi, ':')}`
    case 'not-found':
      return route.hash
  }
}

export function imageHref(id: string): string {
  return hrefOf({ name: 'image', id })
}

function safeDecode(segment: string): string | null {
  try {
    const decoded = decodeURIComponent(segment).trim()
    return decoded === '' ? null : decoded
  } catch {
    return null
  }
}
