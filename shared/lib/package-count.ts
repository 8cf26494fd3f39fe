import type { PackageDiff } from '../model'

/** "287 fewer packages", "3 more packages", "the same number of packages": Scout's card line, in the app and the reports. */
export function packageCountLine(diff: Pick<PackageDiff, 'counts'>): string {
  const delta = diff.counts.to - diff.counts.from
  const noun = Math.abs(delta) === 1 ? 'package' : 'packages'
  if (delta < 0) return `${(-delta).toLocaleString('en')} fewer ${noun}`
  if (delta > 0) return `${delta.toLocaleString('en')} more ${noun}`
  return 'the same number of packages'
}
