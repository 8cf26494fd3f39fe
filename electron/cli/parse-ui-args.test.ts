import { describe, expect, it } from 'vitest'
import { parseArgs } from './parse-args'

describe('baseline ui arguments', () => {
  it('defaults: loopback, the default port, a browser opened', () => {
    expect(parseArgs(['ui'])).toEqual({ ok: true, command: { kind: 'ui', port: null, host: null, open: true } })
  })

  it('takes --port, --host and --no-open, joined or apart', () => {
    expect(parseArgs(['ui', '--port=5000', '--host', '192.168.1.20', '--no-open'])).toEqual({
      ok: true,
      command: { kind: 'ui', port: 5000, host: '192.168.1.20', open: false },
    })
    expect(parseArgs(['ui', '--host', '[::1]'])).toMatchObject({ ok: true, command: { host: '::1' } })
  })

  it.each([
    [['ui', '--port', '0'], '--port takes a port number'],
    [['ui', '--port', '70000'], '--port takes a port number'],
    [['ui', '--port', '12ab'], '--port takes a port number'],
    [['ui', '--host', '0.0.0.0'], 'not "0.0.0.0"'],
    [['ui', '--json'], '--json does not go with ui'],
    [['ui', 'extra'], 'ui takes no arguments'],
    [['ui', '--format', 'html'], '--format goes with report'],
    [['images', '--no-open'], '--no-open goes with ui'],
    [['report', 'a', '--port', '1'], '--port goes with ui'],
  ])('%j is a usage error', (argv, message) => {
    const parsed = parseArgs(argv)
    expect(parsed.ok).toBe(false)
    expect(parsed.ok ? '' : parsed.error).toContain(message)
  })
})
