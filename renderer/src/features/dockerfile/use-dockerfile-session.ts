import { useCallback, useEffect, useRef, useState } from 'react'
import type { ErrorPayload } from '../../../../shared/contract'
import type { DockerfileAnalysis } from '../../../../shared/model'
import { useApiContext } from '../../api/api-context'
import { hrefOf } from '../../app/routes'
import { navigate } from '../../app/use-route'

export interface DockerfileSession {
  /** The last analysis that succeeded: a later failure leaves it on screen. */
  analysis: DockerfileAnalysis | null
  /** The file the analysis is of. */
  name: string | null
  /** The last attempt's failure, shown above the analysis it did not replace. */
  error: ErrorPayload | null
  busy: boolean
  analyze: (contentBase64: string, name: string) => Promise<void>
  openRecent: (path: string) => Promise<void>
  /** A failure found before anything was sent (a folder, a file too large). */
  fail: (error: ErrorPayload) => void
}

/**
 * The Dockerfile being looked at, kept above the router so the drop overlay, File › Open and the
 * page share it. The newest attempt wins: an older answer arriving late is dropped.
 */
export function useDockerfileSession(): DockerfileSession {
  const { client, store } = useApiContext()
  const [state, setState] = useState<{ analysis: DockerfileAnalysis | null; name: string | null; error: ErrorPayload | null }>({
    analysis: null,
    name: null,
    error: null,
  })
  const [busy, setBusy] = useState(false)
  const attempt = useRef(0)

  const analyze = useCallback(
    async (contentBase64: string, name: string) => {
      const id = ++attempt.current
      setBusy(true)
      const reply = await client.call('dockerfile.analyze', { contentBase64, name })
      if (id !== attempt.current) return
      setBusy(false)
      setState((current) =>
        reply.ok ? { analysis: reply.value, name, error: null } : { ...current, error: reply.error },
      )
    },
    [client],
  )

  const fail = useCallback((error: ErrorPayload) => {
    attempt.current += 1
    setBusy(false)
    setState((current) => ({ ...current, error }))
  }, [])

  const openRecent = useCallback(
    async (path: string) => {
      const reply = await client.call('dockerfile.openRecent', { path })
      if (!reply.ok) {
        fail(reply.error)
        // The file may have moved or gone: the list is read again so it no longer offers it.
        store.invalidate((method) => method === 'dockerfile.recent')
        return
      }
      await analyze(reply.value.contentBase64, reply.value.name)
    },
    [client, store, analyze, fail],
  )

  // File › Open reads the file in main and sends its bytes here; it also lands in the recent list.
  useEffect(
    () =>
      client.on('dockerfile.opened', (opened) => {
        store.invalidate((method) => method === 'dockerfile.recent')
        navigate(hrefOf({ name: 'dockerfile' }))
        void analyze(opened.contentBase64, opened.name)
      }),
    [client, store, analyze],
  )

  return { ...state, busy, analyze, openRecent, fail }
}
