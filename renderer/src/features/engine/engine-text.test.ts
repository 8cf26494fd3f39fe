import { describe, expect, it } from 'vitest'
import { endpointProblem, indicatorText } from './engine-text'

describe('engine indicator text', () => {
  it('starts with "Engine:" and says the state', () => {
    expect(indicatorText({ state: 'unreachable', attempts: [], checkedAt: '', hint: '' }, false)).toBe('Engine: unreachable')
    expect(indicatorText(undefined, false)).toBe('Engine: checking')
    expect(indicatorText(undefined, true)).toBe('Engine: unknown')
  })
})

describe('engine endpoint check', () => {
  it('accepts the URL schemes the engine speaks', () => {
    expect(endpointProblem('unix:///var/run/docker.sock')).toBeNull()
    expect(endpointProblem('tcp://10.0.0.2:2376')).toBeNull()
    expect(endpointProblem('ssh://me@build-box')).toBeNull()
    expect(endpointProblem('npipe:////./pipe/docker_engine')).toBeNull()
  })

  it('treats blank as "discover" rather than an error', () => {
    expect(endpointProblem('  ')).toBeNull()
  })

  it('explains a bare path or host', () => {
    expect(endpointProblem('/var/run/docker.sock')).toMatch(/unix:\/\//)
    expect(endpointProblem('localhost:2375')).toMatch(/tcp:\/\//)
  })
})
