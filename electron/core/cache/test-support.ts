import { chmodSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach } from 'vitest'
import type { OpenCacheStoreOptions } from './cache-store'

const made: string[] = []

afterEach(() => {
  for (const dir of made.splice(0)) {
    // A test may have locked a folder down; open it up again so it can be removed.
    chmodSync(dir, 0o700)
    rmSync(dir, { recursive: true, force: true })
  }
})

/** A fresh folder under the OS temp dir, removed after the test. */
export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'baseline-cache-'))
  made.push(dir)
  return dir
}

/** Options for a test store: messages collected instead of printed, and a clock the test moves. */
export function testOptions(directory: string, extra: Partial<OpenCacheStoreOptions> = {}) {
  const logged: string[] = []
  const clock = { time: Date.UTC(2025, 0, 1) }
  const options: OpenCacheStoreOptions = {
    directory,
    analyzerVersion: '1',
    log: (message) => logged.push(message),
    now: () => clock.time,
    ...extra,
  }
  return { options, logged, clock }
}

export function analysis(n: number) {
  return { id: `sha256:${n}`, base: { reference: 'debian:bookworm-slim', layerCount: 2 }, layers: [n, n + 1] }
}
