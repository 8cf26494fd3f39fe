import { useId, type ReactNode } from 'react'

interface NamedListProps {
  title: string
  children: ReactNode
}

/** A short titled list; the title names the list for screen readers too. */
export function NamedList({ title, children }: NamedListProps) {
  const id = useId()
  return (
    <div className="named-list">
      <h3 id={id} className="named-list-title">
        {title}
      </h3>
      <ul aria-labelledby={id}>{children}</ul>
    </div>
  )
}
