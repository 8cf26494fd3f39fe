import type { ReactNode } from 'react'

interface EmptyStateProps {
  /** Left out when the page heading already says it. */
  title?: string
  children?: ReactNode
}

/** Not a heading on purpose: the page's h1 stays the only heading a locator like "Images" finds. */
export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="state state--empty">
      {title ? <p className="state-title">{title}</p> : null}
      {children}
    </div>
  )
}
