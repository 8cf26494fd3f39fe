import type { MouseEvent } from 'react'
import { EngineIndicator } from '../features/engine/EngineIndicator'
import type { Route } from './routes'
import { hrefOf } from './routes'

type Section = 'images' | 'lineage' | 'dockerfile' | 'engine'

/** Which nav link the current page belongs to: an image page is part of "Images". */
function section(route: Route): Section | null {
  if (route.name === 'images' || route.name === 'image' || route.name === 'image-files' || route.name === 'compare') return 'images'
  if (route.name === 'lineage') return 'lineage'
  if (route.name === 'dockerfile') return 'dockerfile'
  return route.name === 'engine' ? 'engine' : null
}

const LINKS: { section: Section; label: string }[] = [
  { section: 'images', label: 'Images' },
  { section: 'lineage', label: 'Lineage' },
  { section: 'dockerfile', label: 'Dockerfile' },
  { section: 'engine', label: 'Engine' },
]

export function Header({ route }: { route: Route }) {
  const current = section(route)
  // aria-current="page" only when the link is the page itself, "true" when inside its section.
  const currentOf = (name: Section) =>
    current !== name ? undefined : route.name === name ? ('page' as const) : ('true' as const)
  return (
    <header className="app-header">
      <a className="skip-link" href="#main" onClick={skipToMain}>
        Skip to content
      </a>
      <span className="brand">
        <span className="brand-mark" aria-hidden="true" />
        Baseline
      </span>
      <nav aria-label="Main" className="main-nav">
        {LINKS.map((link) => (
          <a key={link.section} href={hrefOf({ name: link.section })} aria-current={currentOf(link.section)}>
            {link.label}
          </a>
        ))}
      </nav>
      <div className="header-end">
        <EngineIndicator />
      </div>
    </header>
  )
}

/** "#main" would be read as a route by the hash router; move focus by hand instead. */
function skipToMain(event: MouseEvent<HTMLAnchorElement>): void {
  event.preventDefault()
  document.getElementById('main')?.querySelector<HTMLElement>('h1')?.focus()
}
