import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createAdviceScope, removeAdviceLeftovers } from '../fixtures/advice/advice-scope'
import { buildDockerfile, labelLine } from '../fixtures/advice/build-dockerfile'
import { numpyOnPulledFullSpec } from '../fixtures/advice/python-app-specs'
import { fixtureRefs, loadImages } from '../fixtures/images'
import { cliEnv, runBaseline, type CliResult } from './support/baseline-cli'
import { noDocker } from './support/daemon'
import { printedSize } from './support/report-images'

describe.skipIf(noDocker)('baseline report --ci', () => {
  const scope = createAdviceScope('report-ci')
  const refs = { latestBase: scope.ref('base', 'latest'), onLatest: scope.ref('on-latest', '1.0'), onFull: scope.ref('on-full', '1.0') }
  const app = fixtureRefs.app
  let cwd: string
  let env: NodeJS.ProcessEnv
  const ci = (args: string[], where = cwd): Promise<CliResult> => runBaseline(['report', ...args, '--ci'], env, where)
  const lines = (result: CliResult) => `${result.stdout}${result.stderr}`.trim().split('\n')

  beforeAll(async () => {
    await removeAdviceLeftovers()
    // An image whose base is only tagged :latest, and one built on the full python:3.12 (known by its history).
    await buildDockerfile(refs.latestBase, [`FROM ${fixtureRefs.busybox}`, labelLine(scope.labels), 'RUN echo base > /base.txt'])
    await buildDockerfile(refs.onLatest, [`FROM ${refs.latestBase}`, labelLine(scope.labels), 'RUN echo app > /app.txt'])
    await loadImages([numpyOnPulledFullSpec({ tag: refs.onFull, labels: scope.labels, nonce: scope.nonce })])
    cwd = mkdtempSync(join(tmpdir(), 'baseline-ci-'))
    env = cliEnv({ XDG_CACHE_HOME: join(cwd, 'cache') })
  })
  afterAll(async () => {
    if (cwd) rmSync(cwd, { recursive: true, force: true })
    expect(await scope.cleanup()).toEqual([])
  })

  it('exits 0 and says so when every check passes', async () => {
    const result = await ci([app, '--max-size', '10MB', '--max-own-size', '5MB', '--require-pinned-base', '--min-pinning', 'minor', '--forbid-full-base'])
    expect(result.exitCode, result.stderr).toBe(0)
    expect(lines(result)).toEqual([`PASS ${app}: every check passed`])
  })

  it('fails --max-size, naming the image, the size and the limit', async () => {
    const result = await ci([app, '--max-size', '5MB'])
    expect(result.exitCode).toBe(1)
    expect(lines(result)).toEqual([`FAIL ${app}: max-size: ${await printedSize(app)} (limit: 5 MB)`])
  })

  it('fails --max-own-size on the bytes the image adds over busybox', async () => {
    const result = await ci([app, '--max-own-size', '3MB'])
    expect(result.exitCode).toBe(1)
    expect(lines(result)).toEqual([`FAIL ${app}: max-own-size: 4 MB (limit: 3 MB)`])
  })

  it('fails --require-pinned-base for an image built on a :latest base', async () => {
    const result = await ci([refs.onLatest, '--require-pinned-base'])
    expect(result.exitCode).toBe(1)
    expect(lines(result)).toEqual([`FAIL ${refs.onLatest}: require-pinned-base: latest (${refs.latestBase}) (limit: a base pinned to a version or digest)`])
  })

  it('fails --min-pinning exact for a base pinned to a minor version', async () => {
    const result = await ci([app, '--min-pinning', 'exact'])
    expect(result.exitCode).toBe(1)
    expect(lines(result)).toEqual([`FAIL ${app}: min-pinning: minor (${fixtureRefs.busybox}) (limit: exact or stronger)`])
  })

  it('fails --forbid-full-base for an image on the full python:3.12, suggesting a slimmer one', async () => {
    const result = await ci([refs.onFull, '--forbid-full-base'])
    expect(result.exitCode).toBe(1)
    expect(lines(result)).toEqual([expect.stringMatching(new RegExp(`^FAIL ${refs.onFull}: forbid-full-base: python:3\\.12 \\(full\\) \\(limit: a smaller variant, e\\.g\\. python:3\\.12-slim`))])
  })

  it('reads .baseline.yml from the working folder, and flags override it', async () => {
    const folder = mkdtempSync(join(cwd, 'project-'))
    writeFileSync(join(folder, '.baseline.yml'), 'max-size: 5MB\nmin-pinning: minor\n')
    const failing = await ci([app], folder)
    expect(failing.exitCode).toBe(1)
    expect(lines(failing)).toEqual([`FAIL ${app}: max-size: ${await printedSize(app)} (limit: 5 MB)`])
    const overridden = await ci([app, '--max-size', '10MB'], folder)
    expect(overridden.exitCode, overridden.stdout).toBe(0)
  })

  it('exits 2 on a config with an unknown key, naming it, and on a --config that does not exist', async () => {
    const folder = mkdtempSync(join(cwd, 'bad-'))
    writeFileSync(join(folder, '.baseline.yml'), 'max-size: 5MB\nmax-sise: 1MB\n')
    const bad = await ci([app], folder)
    expect(bad.exitCode).toBe(2)
    expect(bad.stderr).toContain('.baseline.yml: max-sise: unknown setting')
    const missing = await ci([app, '--config', 'nowhere.yml'], folder)
    expect(missing.exitCode).toBe(2)
    expect(missing.stderr).toContain('cannot read --config nowhere.yml')
  })

  it('exits 2 when --ci has nothing to check', async () => {
    const result = await ci([app])
    expect(result.exitCode).toBe(2)
    expect(result.stderr).toContain('--ci needs at least one check')
  })
})
