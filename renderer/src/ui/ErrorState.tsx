import type { ReactNode } from 'react'
import type { ErrorPayload } from '../../../shared/contract'

interface ErrorStateProps {
  /** Left out when the page heading already says it. */
  title?: string
  error: ErrorPayload
  children?: ReactNode
}

/** A failed call, with the envelope's code kept visible: it is what a bug report needs. */
export function ErrorState({ title, error, children }: ErrorStateProps) {
  return (
    <div className="state state--error" role="alert">
      {title ? <p className="state-title">{title}</p> : null}
      <p className="state-body">{error.message}</p>
      <p className="state-code">
        <code>{error.code}</code>
      </p>
      {children ? <div className="state-actions">{children}</div> : null}
    </div>
  )
}
