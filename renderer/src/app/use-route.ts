import { useSyncExternalStore } from 'react'
import { parseHash, type Route } from './routes'

function subscribe(listener: () => void): () => void {
  window.addEventListener('hashchange', listener)
  return () => window.removeEventListener('hashchange', listener)
}

const getHash = (): string => window.location.hash

/** The current route; links are plain `<a href="#/…">`, so the browser keeps the history. */
export function useRoute(): Route {
  return parseHash(useSyncExternalStore(subscribe, getHash))
}

export function navigate(href: string): void {
  window.location.hash = href
}
