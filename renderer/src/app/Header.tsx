import type { MouseEvent } from 'react'
import { EngineIndicator } from '../features/engine/EngineIndicator'
import type { Route } from './routes'
import { hrefOf } from './routes'

/** Which nav link the current page belongs to: an image page is part of "Images". */
function section(route: Route): 'images' | 'engine' | null {
  if (route.name === 'images' || route.name === 'image') return 'images'
  return route.name === 'engine' ? 'engine' : null
}

export function Header({ route }: { route: Route }) {
  const current = section(route)
  // aria-current="page" only when the link is the page itself, "true" when inside its section.
  const currentOf = (name: 'images' | 'engine') =>
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
        <a href={hrefOf({ name: 'images' })} aria-current={currentOf('images')}>
          Images
        </a>
        <a href={hrefOf({ name: 'engine' })} aria-current={currentOf('engine')}>
          Engine
        </a>
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
