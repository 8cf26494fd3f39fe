import { useCallback, useEffect, useRef, useState } from 'react'

export type CopyState = { status: 'idle' } | { status: 'copied' } | { status: 'failed'; message: string }

/** How long "Copied" stays: long enough to read, short enough not to linger beside a new line. */
const COPIED_MS = 3000

/** Selects the element's text, so a person can copy it by hand when the clipboard refuses. */
function selectContents(element: HTMLElement | null): boolean {
  const selection = element ? window.getSelection() : null
  if (!element || !selection) return false
  selection.selectAllChildren(element)
  return true
}

/**
 * Copies text to the clipboard and says how it went. The clipboard can be missing (an insecure
 * origin) or refuse (no permission, the window not focused): then the text is selected instead.
 */
export function useCopyText(fallback: { current: HTMLElement | null }): { state: CopyState; copy: (text: string) => Promise<void> } {
  const [state, setState] = useState<CopyState>({ status: 'idle' })
  const timer = useRef<number | undefined>(undefined)
  useEffect(() => () => window.clearTimeout(timer.current), [])

  const copy = useCallback(
    async (text: string) => {
      window.clearTimeout(timer.current)
      try {
        if (!navigator.clipboard) throw new Error('the clipboard is not available here')
        await navigator.clipboard.writeText(text)
        setState({ status: 'copied' })
        timer.current = window.setTimeout(() => setState({ status: 'idle' }), COPIED_MS)
      } catch (error) {
        // Browsers end their messages with a full stop; ours goes inside brackets.
        const why = (error instanceof Error && error.message ? error.message : 'the clipboard refused').replace(/\.$/, '')
        const selected = selectContents(fallback.current)
        setState({
          status: 'failed',
          message: `Could not copy (${why}).${selected ? ' The line is selected: copy it with Ctrl+C (⌘C on a Mac).' : ''}`,
        })
      }
    },
    [fallback],
  )
  return { state, copy }
}
