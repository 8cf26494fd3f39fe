import { StringDecoder } from 'node:string_decoder'
import type { EngineEvent } from './engine-api-types'

export interface EventsParser {
  /** Feed one chunk as it arrived; it may end mid-object or mid-character. */
  push(chunk: Buffer | string): void
  /** The stream ended: decode whatever is left. */
  end(): void
}

/**
 * Decodes GET /events: one JSON object per line, where network chunks split lines (and UTF-8
 * characters) anywhere. A line that is not an event is reported to `onInvalid` and skipped, so one
 * bad line never ends the watch.
 */
export function createEventsParser(
  onEvent: (event: EngineEvent) => void,
  onInvalid: (line: string) => void = () => {},
): EventsParser {
  const decoder = new StringDecoder('utf8')
  let pending = ''

  const emitLine = (raw: string): void => {
    const line = raw.trim()
    if (line === '') return
    const event = parseEvent(line)
    if (event) onEvent(event)
    else onInvalid(line)
  }

  return {
    push(chunk) {
      pending += typeof chunk === 'string' ? chunk : decoder.write(chunk)
      let newline = pending.indexOf('\n')
      while (newline >= 0) {
        emitLine(pending.slice(0, newline))
        pending = pending.slice(newline + 1)
        newline = pending.indexOf('\n')
      }
    },
    end() {
      emitLine(pending + decoder.end())
      pending = ''
    },
  }
}

function parseEvent(line: string): EngineEvent | null {
  let value: unknown
  try {
    value = JSON.parse(line)
  } catch {
    return null
  }
  return isEngineEvent(value) ? value : null
}

export function isEngineEvent(value: unknown): value is EngineEvent {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false
  const record = value as Record<string, unknown>
  if (typeof record.Type !== 'string' || typeof record.Action !== 'string') return false
  const actor = record.Actor
  if (actor === undefined) return true
  return typeof actor === 'object' && actor !== null && typeof (actor as Record<string, unknown>).ID === 'string'
}
