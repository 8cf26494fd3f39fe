import { useRef, type ChangeEvent } from 'react'
import { readDockerfileFile } from './read-dockerfile-file'
import type { DockerfileSession } from './use-dockerfile-session'

/**
 * Browser mode's File › Open: the browser's own file picker (the desktop app has a native menu,
 * and in a browser the core cannot open a dialog on the server's screen). The file is read here,
 * judged like a drop, and sent as bytes.
 */
export function OpenDockerfileButton({ session }: { session: DockerfileSession }) {
  const input = useRef<HTMLInputElement>(null)
  const chosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0] ?? null
    // Cleared, so choosing the same file again (after editing it) is a change too.
    event.target.value = ''
    if (file) void readDockerfileFile(file, false, { onFile: (content, name) => void session.analyze(content, name), onRefused: session.fail })
  }
  return (
    <div className="dockerfile-open">
      <button type="button" className="btn" onClick={() => input.current?.click()} disabled={session.busy}>
        Open Dockerfile…
      </button>
      <input ref={input} type="file" hidden tabIndex={-1} aria-hidden="true" onChange={chosen} />
    </div>
  )
}
