import { useEffect, type RefObject } from 'react'

/**
 * Focuses the element when it appears while focus is lost — the control the user pressed was
 * just replaced (Scan files by the progress, Cancel by the start state, the progress by the
 * result) — so keyboard and screen-reader users carry on from there. On arrival at the page the
 * heading has taken focus already, so nothing moves.
 */
export function useFocusWhenLost(ref: RefObject<HTMLElement | null>): void {
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) ref.current?.focus({ preventScroll: false })
  }, [ref])
}
