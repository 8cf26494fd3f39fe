import { describe, expect, it } from 'vitest'
import { parseCiConfig } from './ci-config'

describe('parseCiConfig (.baseline.yml)', () => {
  it('reads every check under the names of its flags', () => {
    const text = 'max-size: 200MB\nmax-own-size: 50000000\nrequire-pinned-base: true\nmin-pinning: minor\nforbid-full-base: true\n'
    expect(parseCiConfig(text, '.baseline.yml')).toEqual({
      ok: true,
      thresholds: { maxSizeBytes: 200_000_000, maxOwnSizeBytes: 50_000_000, requirePinnedBase: true, minPinning: 'minor', forbidFullBase: true },
    })
  })

  it('takes an empty file as no checks', () => {
    expect(parseCiConfig('# nothing yet\n', '.baseline.yml')).toEqual({ ok: true, thresholds: {} })
  })

  it.each([
    ['max-sise: 200MB\n', '.baseline.yml: max-sise: unknown setting (known: max-size, max-own-size, require-pinned-base, min-pinning, forbid-full-base)'],
    ['max-size: huge\n', '.baseline.yml: max-size: huge is not a size (e.g. 200MB, 1.5GB, 512MiB)'],
    ['min-pinning: strong\n', '.baseline.yml: min-pinning: strong is not a pinning class (digest > exact > minor > major > floating-named > latest > none)'],
    ['forbid-full-base: "yes"\n', '.baseline.yml: forbid-full-base: must be true or false'],
    ['- max-size\n', '.baseline.yml must be a mapping of settings (e.g. max-size: 200MB)'],
  ])('refuses %j, naming the problem', (text, error) => {
    expect(parseCiConfig(text, '.baseline.yml')).toEqual({ ok: false, error })
  })

  it('refuses YAML that does not parse, saying where', () => {
    const result = parseCiConfig('max-size: [200MB\n', 'ci/baseline.yml')
    expect(result.ok).toBe(false)
    expect(!result.ok && result.error).toMatch(/^ci\/baseline\.yml is not valid YAML: /)
  })
})
