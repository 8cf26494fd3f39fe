import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { formatBytes } from '../../../shared/lib/bytes'
import { fixtureRefs } from '../../fixtures/images'
import { listedSize } from './test-engine'
import { createCacheHome, type CacheHome } from '../../fixtures/analysis/analysis-cli'

/** The three fixture images every report test compares: an app, its busybox base, and the hostile one. */
export const REPORT_IMAGES = [fixtureRefs.app, fixtureRefs.busybox, fixtureRefs.hostile] as const

/** What the engine lists an image as weighing on disk, printed the way the report prints sizes. */
export async function printedSize(reference: string): Promise<string> {
  return formatBytes(await listedSize(reference))
}

/** A private cache home and an output folder for one test file; `remove()` deletes both. */
export interface ReportWorkspace {
  home: CacheHome
  out: string
  remove(): void
}

export function createReportWorkspace(): ReportWorkspace {
  const home = createCacheHome()
  const out = mkdtempSync(join(tmpdir(), 'baseline-report-out-'))
  return {
    home,
    out,
    remove: () => {
      home.remove()
      rmSync(out, { recursive: true, force: true })
    },
  }
}
