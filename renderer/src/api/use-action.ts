import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorPayload, Reply } from '../../../shared/contract'
import { useApiContext, type ApiContextValue } from './api-context'

export interface ActionState<A extends unknown[], T> {
  run: (...args: A) => Promise<Reply<T> | null>
  busy: boolean
  error: ErrorPayload | null
}

/**
 * A call the user triggers (Retry, Save): busy while it runs, its error kept for the screen.
 * A second run while one is busy is ignored (returns null) rather than racing the first.
 */
export function useAction<A extends unknown[], T>(
  action: (api: ApiContextValue, ...args: A) => Promise<Reply<T>>,
): ActionState<A, T> {
  const api = useApiContext()
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<ErrorPayload | null>(null)
  const running = useRef(false)
  const mounted = useRef(true)
  const latest = useRef(action)

  useEffect(() => {
    latest.current = action
  })

  useEffect(() => {
    mounted.current = true
    return () => {
      mounted.current = false
    }
  }, [])

  const run = useCallback(
    async (...args: A) => {
      if (running.current) return null
      running.current = true
      setBusy(true)
      setError(null)
      try {
        const reply = await latest.current(api, ...args)
        if (mounted.current) setError(reply.ok ? null : reply.error)
        return reply
      } finally {
        running.current = false
        if (mounted.current) setBusy(false)
      }
    },
    [api],
  )

  return { run, busy, error }
}
