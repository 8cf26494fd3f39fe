import type { ReactNode } from 'react'

interface ScanStatProps {
  term: string
  children: ReactNode
  /** The exact figure behind a rounded one, on hover. */
  title?: string
  className?: string
}

/** One term and its value in a `<dl>` (the pair is what screen readers announce together). */
export function ScanStat({ term, children, title, className }: ScanStatProps) {
  return (
    <div className={`scan-stat${className ? ` ${className}` : ''}`}>
      <dt>{term}</dt>
      <dd title={title}>{children}</dd>
    </div>
  )
}
