import { useId, useState, type FormEvent } from 'react'
import type { Settings } from '../../../../shared/model'
import { useAction } from '../../api/use-action'
import { useQuery } from '../../api/use-query'
import { endpointProblem } from './engine-text'

/** Choose the engine by hand, or clear the choice to go back to discovery. */
export function EndpointForm() {
  const inputId = useId()
  const helpId = useId()
  const problemId = useId()
  const settings = useQuery('settings.get', {})
  const [draft, setDraft] = useState<string | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const [saved, setSaved] = useState<string | null>(null)
  const current = settings.data?.engineEndpoint ?? null

  const save = useAction<[string | null], Settings>(async ({ client, store }, engineEndpoint) => {
    const reply = await client.call('settings.update', { engineEndpoint })
    if (!reply.ok) return reply
    store.setData('settings.get', {}, reply.value)
    // A new endpoint makes every answer stale; probing now shows at once whether it works.
    const status = await client.call('engine.status', { refresh: true })
    if (status.ok) store.setData('engine.status', {}, status.value)
    store.invalidate((method) => method !== 'engine.status' && method !== 'settings.get')
    return reply
  })

  const submit = async (value: string | null) => {
    const issue = value === null ? null : endpointProblem(value)
    setProblem(issue)
    setSaved(null)
    if (issue) return
    const reply = await save.run(value === null || value.trim() === '' ? null : value.trim())
    if (reply?.ok) {
      setDraft(null)
      setSaved(reply.value.engineEndpoint ? `Saved: using ${reply.value.engineEndpoint}` : 'Cleared: finding the engine automatically')
    }
  }

  const onSubmit = (event: FormEvent) => {
    event.preventDefault()
    void submit(draft ?? current ?? '')
  }

  const message = problem ?? (save.error ? `${save.error.message} (${save.error.code})` : null)
  return (
    <form className="endpoint-form" onSubmit={onSubmit} aria-busy={save.busy}>
      <h3 className="engine-subtitle">Connection</h3>
      <div className="endpoint-row">
        <label htmlFor={inputId}>Engine endpoint</label>
        <input
          id={inputId}
          type="text"
          className="text-input mono"
          value={draft ?? current ?? ''}
          placeholder="found automatically"
          onChange={(event) => setDraft(event.target.value)}
          aria-describedby={message ? `${problemId} ${helpId}` : helpId}
          aria-invalid={message ? true : undefined}
          spellCheck={false}
          autoComplete="off"
        />
        <button type="submit" className="btn" aria-disabled={save.busy}>
          Save
        </button>
        <button type="button" className="btn btn--quiet" aria-disabled={save.busy} onClick={() => void submit(null)}>
          Clear
        </button>
      </div>
      {message ? (
        <p id={problemId} className="field-error" role="alert">
          {message}
        </p>
      ) : null}
      <p id={helpId} className="field-help">
        {saved ?? (current ? `Set in Baseline: ${current}` : 'Empty: Baseline tries DOCKER_HOST, the Docker CLI context, then the usual sockets.')}
      </p>
    </form>
  )
}
