import type { ReactNode } from 'react'

export type BadgeTone = 'neutral' | 'muted' | 'warning' | 'danger' | 'success' | 'accent'

interface BadgeProps {
  tone?: BadgeTone
  title?: string
  children: ReactNode
}

export function Badge({ tone = 'neutral', title, children }: BadgeProps) {
  return (
    <span className={`badge badge--${tone}`} title={title}>
      {children}
    </span>
  )
}
