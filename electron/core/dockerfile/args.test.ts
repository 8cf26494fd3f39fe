import { describe, expect, it } from 'vitest'
import { automaticPlatformArgs, expandArgs } from './args'

const scope = new Map<string, string | null>([['PY', '3.12'], ['EMPTY', ''], ['NOVALUE', null], ['SPACED', 'a b']])

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
    expect(expandArgs(text, scope)).toEqual({ value, missing: [], error: null })
  })

  it('leaves a variable without a value unresolved and names it', () => {
    expect(expandArgs('python:${NOVALUE}', scope)).toMatchObject({ value: null, missing: ['NOVALUE'] })
    expect(expandArgs('${A:-$B}', scope)).toMatchObject({ value: null, missing: ['B'] })
  })

  it('knows the BuildKit platform ARGs', () => {
    expect(expandArgs('$BUILDPLATFORM $TARGETOS/$TARGETARCH', automaticPlatformArgs()).value).toBe('linux/amd64 linux/amd64')
  })
})

// Quoting as BuildKit's shell lexer reads ARG defaults, ENV values and FROM images.
describe('expandArgs removes quotes and escapes as the builder does', () => {
  it.each([
    ['"20.6-bookworm-slim"', '20.6-bookworm-slim'],
    ["'3.12-slim'", '3.12-slim'],
    ['node:"${PY}"', 'node:3.12'],
    ["node:'${PY}'", 'node:${PY}'],
    ['"python:${PY}-slim"', 'python:3.12-slim'],
    ['python:${MISSING:-"3.11"}-slim', 'python:3.11-slim'],
    ["python:${MISSING:-'3.11'}", 'python:3.11'],
    ['python:${PY:+"${PY}-alpine"}', 'python:3.12-alpine'],
    ['"a \\"quoted\\" word"', 'a "quoted" word'],
    ['"keep \\n as written"', 'keep \\n as written'],
    ['"\\$PY stays"', '$PY stays'],
    ['3\\ 12', '3 12'],
    ['"$SPACED"', 'a b'],
    ["'it''s'", 'its'],
    ['"it\'s"', "it's"],
    ['end\\', 'end'],
    ['$', '$'],
    ['${PY}${PY}', '3.123.12'],
  ])('%s → %s', (text, value) => {
    expect(expandArgs(text, scope)).toEqual({ value, missing: [], error: null })
  })

  it.each([
    ['`"3.12`"', '"3.12"'],
    ['python:`$PY', 'python:$PY'],
    ['C:\\Windows', 'C:\\Windows'],
    ['"C:\\temp"', 'C:\\temp'],
  ])('with "# escape=`", %s → %s', (text, value) => {
    expect(expandArgs(text, scope, '`').value).toBe(value)
  })

  it.each([
    ['"20.6-bookworm-slim', /double quote/],
    ["'3.12", /single quote/],
    ['${PY', /missing "}"/],
    ['${}', /variable name/],
    ['${:-x}', /variable name/],
    ['python:${PY:-"3.11}', /double quote/],
    ['python:${PY.x}', /bad substitution/],
  ])('refuses %s as the builder would, saying %s', (text, error) => {
    const expansion = expandArgs(text, scope)
    expect(expansion.value).toBeNull()
    expect(expansion.error).toMatch(error)
  })

  it('names ${V#pattern} unresolved rather than half-evaluating it', () => {
    expect(expandArgs('python:${PY%.*}', scope)).toMatchObject({ value: null, missing: ['PY'], error: null })
  })
})
