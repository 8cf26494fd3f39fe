import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { FIXTURE_LABEL, FIXTURE_NAME_LABEL, FIXTURE_REPO, FIXTURE_VERSION, listImageIds, removeImages } from '../../fixtures/images'

const run = promisify(execFile)

/**
 * Every image an e2e spec builds for itself carries this label, valued with its run's nonce:
 * cleanup removes one run's images only, never those of another suite on the same daemon.
 */
export const E2E_RUN_LABEL = 'com.baseline.fixture.e2e-run'

/** A crashed run leaves its images behind; a nonce older than this is taken for such a leftover. */
const LEFTOVER_AGE_MS = 2 * 60 * 60 * 1000

/** The classic builder, as the fixtures use it (see test/fixtures/images/busybox-images.ts). */
const CLASSIC_BUILDER = { ...process.env, DOCKER_BUILDKIT: '0' }

export interface OwnImages {
  /** `baseline-fixture/e2e-<nonce>/<name>:<tag>`: unique to this run. */
  ref(name: string, tag: string): string
  /** `docker build` of FROM + this run's labels + the steps; resolves with the image ID. */
  build(tag: string, from: string, steps: string[]): Promise<string>
  /** Removes every image of this run, tagged or not; returns docker's errors. */
  cleanup(): Promise<string[]>
}

/** Images of one spec run, labelled as fixtures (`com.baseline.fixture=1`) so no suite takes them for stale. */
export function ownImages(scenario: string): OwnImages {
  const nonce = `${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`
  const labels = { [FIXTURE_LABEL]: FIXTURE_VERSION, [FIXTURE_NAME_LABEL]: `e2e-${scenario}`, [E2E_RUN_LABEL]: nonce }
  const labelLine = `LABEL ${Object.entries(labels).map(([key, value]) => `${key}=${JSON.stringify(value)}`).join(' ')}`
  return {
    ref: (name, tag) => `${FIXTURE_REPO}/e2e-${nonce}/${name}:${tag}`,
    async build(tag, from, steps) {
      const context = await mkdtemp(join(tmpdir(), 'baseline-e2e-build-'))
      try {
        await writeFile(join(context, 'Dockerfile'), [`FROM ${from}`, labelLine, ...steps, ''].join('\n'))
        const { stdout } = await run('docker', ['build', '--quiet', '--force-rm', '--tag', tag, context], { env: CLASSIC_BUILDER })
        return stdout.trim().split('\n').pop() ?? ''
      } finally {
        await rm(context, { recursive: true, force: true })
      }
    },
    // `image ls` hides untagged parents, but removing their last child takes them along.
    cleanup: async () => removeImages(await listImageIds([`label=${E2E_RUN_LABEL}=${nonce}`])),
  }
}

/** Removes what crashed e2e runs left (their nonce says when they started). */
export async function removeOwnLeftovers(now: number = Date.now()): Promise<void> {
  const ids = await listImageIds([`label=${E2E_RUN_LABEL}`])
  if (ids.length === 0) return
  const format = `{{.Id}} {{index .Config.Labels "${E2E_RUN_LABEL}"}}`
  // An image removed meanwhile fails the call, yet the others are still printed.
  const { stdout } = await run('docker', ['image', 'inspect', '--format', format, ...ids]).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }))
  const stale = stdout.trim().split('\n')
    .map((line) => line.split(' '))
    .filter(([, nonce = '']) => now - parseInt(nonce.split('-')[0] ?? '', 36) > LEFTOVER_AGE_MS)
    .map(([id = '']) => id)
    .filter((id) => id !== '')
  await removeImages(stale)
}
