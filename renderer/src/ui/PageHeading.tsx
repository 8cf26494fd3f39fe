import { useEffect, useRef, type ReactNode } from 'react'

interface PageHeadingProps {
  children: ReactNode
  /** False when the page puts focus somewhere better itself (the row the user came back to). */
  takeFocus?: boolean
}

/**
 * The page's h1. When a route change removed the focused element (a row that opened a page, a
 * Back button), focus lands here so keyboard and screen-reader users start at the new page's top.
 */
export function PageHeading({ children, takeFocus = true }: PageHeadingProps) {
  const ref = useRef<HTMLHeadingElement>(null)
  useEffect(() => {
    const lost = document.activeElement === null || document.activeElement === document.body
    if (takeFocus && lost) ref.current?.focus({ preventScroll: true })
  }, [takeFocus])
  return (
    <h1 ref={ref} tabIndex={-1} className="page-title">
      {children}
    </h1>
  )
}
