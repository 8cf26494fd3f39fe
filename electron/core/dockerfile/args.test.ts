import { describe, expect, it } from 'vitest'
import { automaticPlatformArgs, expandArgs } from './args'

const scope = new Map<string, string | null>([['PY', '3.12'], ['EMPTY', ''], ['NOVALUE', null]])

describe('expandArgs', () => {
  it.each([
    ['python:$PY', 'python:3.12'],
    ['python:${PY}-slim', 'python:3.12-slim'],
    ['python:${MISSING:-3.11}', 'python:3.11'],
    ['python:${EMPTY:-3.11}', 'python:3.11'],
    ['python:${EMPTY-3.11}', 'python:'],
    ['python:3.12${PY:+-slim}', 'python:3.12-slim'],
    ['python:3.12${NOVALUE:+-slim}', 'python:3.12'],
    ['python:${A:-${B:-${PY}}}', 'python:3.12'],
    ['cost \\$5', 'cost $5'],
  ])('%s → %s', (text, value) => {
    expect(expandArgs(text, scope)).toEqual({ value, missing: [] })
  })

  it('leaves a variable without a value unresolved and names it', () => {
    expect(expandArgs('python:${NOVALUE}', scope)).toEqual({ value: null, missing: ['NOVALUE'] })
    expect(expandArgs('${A:-$B}', scope)).toEqual({ value: null, missing: ['B'] })
  })

  it('knows the BuildKit platform ARGs', () => {
    expect(expandArgs('$BUILDPLATFORM $TARGETOS/$TARGETARCH', automaticPlatformArgs()).value).toBe('linux/amd64 linux/amd64')
  })
})
