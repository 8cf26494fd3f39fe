import { useEffect } from 'react'

/** The window title names the page, so the OS window list and screen readers say where the user is. */
export function useDocumentTitle(title: string | null): void {
  useEffect(() => {
    document.title = title ? `${title} — Baseline` : 'Baseline'
  }, [title])
}
