import { describe, expect, it } from 'vitest'
import type { EngineEvent } from './engine-api-types'
import { createEventsParser } from './events-parser'

const tag = { Type: 'image', Action: 'tag', Actor: { ID: 'sha256:aa', Attributes: { name: 'app:1' } }, time: 1 }
const untag = { Type: 'image', Action: 'untag', Actor: { ID: 'sha256:aa', Attributes: { name: 'sha256:aa' } }, time: 2 }

function collect(): { events: EngineEvent[]; invalid: string[]; parser: ReturnType<typeof createEventsParser> } {
  const events: EngineEvent[] = []
  const invalid: string[] = []
  return { events, invalid, parser: createEventsParser((e) => events.push(e), (line) => invalid.push(line)) }
}

describe('createEventsParser', () => {
  it('decodes two events that arrive in one chunk', () => {
    const { events, parser } = collect()
    parser.push(`${JSON.stringify(tag)}\n${JSON.stringify(untag)}\n`)
    expect(events).toEqual([tag, untag])
  })

  it('reassembles an event split across chunks at every possible point', () => {
    const text = `${JSON.stringify(tag)}\n${JSON.stringify(untag)}\n`
    for (let cut = 1; cut < text.length; cut += 1) {
      const { events, parser } = collect()
      parser.push(Buffer.from(text.slice(0, cut)))
      parser.push(Buffer.from(text.slice(cut)))
      expect(events).toEqual([tag, untag])
    }
  })

  it('keeps a multi-byte character intact when a chunk ends inside it', () => {
    const event = { Type: 'image', Action: 'tag', Actor: { ID: 'sha256:bb', Attributes: { name: 'café/ünïcode:1' } } }
    const bytes = Buffer.from(`${JSON.stringify(event)}\n`)
    const inside = bytes.indexOf(Buffer.from('é')) + 1
    const { events, parser } = collect()
    parser.push(bytes.subarray(0, inside))
    parser.push(bytes.subarray(inside))
    expect(events).toEqual([event])
  })

  it('decodes a last event without a trailing newline when the stream ends', () => {
    const { events, parser } = collect()
    parser.push(JSON.stringify(tag))
    expect(events).toEqual([])
    parser.end()
    expect(events).toEqual([tag])
  })

  it('skips blank lines and CRLF line ends', () => {
    const { events, parser } = collect()
    parser.push(`\r\n${JSON.stringify(tag)}\r\n\n`)
    expect(events).toEqual([tag])
  })

  it('reports a line that is not an event and carries on', () => {
    const { events, invalid, parser } = collect()
    parser.push(`{"broken\n{"Type":"image"}\n${JSON.stringify(untag)}\n`)
    expect(invalid).toEqual(['{"broken', '{"Type":"image"}'])
    expect(events).toEqual([untag])
  })
})
