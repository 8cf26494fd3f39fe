import { ensureFixtures } from '../../fixtures/images'
import { preflight } from './preflight'

/** Once per run: check the build, the browser and the daemon, then make sure the fixtures exist. */
export default async function globalSetup(): Promise<void> {
  const { hasDaemon } = await preflight()
  if (!hasDaemon) return
  const report = await ensureFixtures()
  if (report.created.length > 0 || report.removedStale > 0) {
    console.log(`e2e fixtures: built ${report.created.length}, removed ${report.removedStale} stale, ` +
      `in ${(report.elapsedMs / 1000).toFixed(1)} s`)
  }
}
