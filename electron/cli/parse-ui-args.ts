import type { OptionValue } from './parse-report-args'

/** `baseline ui [--port N] [--host H] [--no-open]`. */
export interface UiCommand {
  kind: 'ui'
  /** null: the default port, or the next free one after it. */
  port: number | null
  /** null: 127.0.0.1 only. */
  host: string | null
  /** false: print the address and open no browser. */
  open: boolean
}

export const UI_VALUE_OPTIONS = ['--port', '--host']
export const UI_FLAGS = ['--no-open']

type Parsed = { ok: true; command: UiCommand } | { ok: false; error: string }

const last = (values: OptionValue[], name: string) => values.filter(([option]) => option === name).at(-1)?.[1]

/** An address to bind, not a name to look up: wildcards are refused (see the message). */
const WILDCARDS = ['0.0.0.0', '::', '[::]', '*']

export function parseUiArgs(rest: string[], flags: string[], values: OptionValue[]): Parsed {
  if (rest.length > 0) return { ok: false, error: `ui takes no arguments (got ${rest.join(' ')})` }
  const misplaced = values.map(([name]) => name).find((name) => !UI_VALUE_OPTIONS.includes(name))
  if (misplaced !== undefined) return { ok: false, error: `${misplaced} goes with report` }
  const portText = last(values, '--port')
  const port = portText === undefined ? null : Number(portText)
  if (port !== null && !(Number.isInteger(port) && port >= 1 && port <= 65535 && /^\d+$/.test(portText ?? ''))) {
    return { ok: false, error: `--port takes a port number from 1 to 65535 (got ${portText ?? ''})` }
  }
  const host = last(values, '--host') ?? null
  if (host !== null && (host.trim() === '' || WILDCARDS.includes(host))) {
    return {
      ok: false,
      error: `--host takes the address browsers will use to reach this machine (e.g. 192.168.1.20), not "${host}": ` +
        'every request must name that address in its Host header, so the server cannot answer to all of them',
    }
  }
  return { ok: true, command: { kind: 'ui', port, host: host === null ? null : host.replace(/^\[(.*)\]$/, '$1'), open: !flags.includes('--no-open') } }
}
