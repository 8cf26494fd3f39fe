import type { PackageDiff, PackageSection } from '../../../shared/model'
import { packageCountLine } from './package-diff'

/** How many names a summary shows of a list before "and N more": the full lists are in JSON and CSV. */
export const SUMMARY_NAMES = 12

/** One line per compared image: "287 packages (deb 280, pypi 7)" or why there are none. */
export function inventoryLines(section: PackageSection, names: readonly string[]): [string, string][] {
  return section.inventories.map((inventory, index) => {
    const name = names[index] ?? ''
    if (inventory === null) return [name, 'not scanned: scan it (layers, or baseline scan) to list its packages']
    const parts = Object.entries(inventory.byEcosystem).map(([ecosystem, count]) => `${ecosystem} ${count}`)
    const notes = inventory.notes.length > 0 ? `; ${inventory.notes.join(' ')}` : ''
    return [name, `${inventory.count.toLocaleString('en')} packages${parts.length > 0 ? ` (${parts.join(', ')})` : ''}${notes}`]
  })
}

/** The diff as rows a person reads: the count line, then the first names of each list. */
export function diffSummary(diff: PackageDiff): { title: string; rows: [string, string, string][] } {
  const names = (list: string[]): string => (list.length > SUMMARY_NAMES ? `${list.slice(0, SUMMARY_NAMES).join(', ')} and ${list.length - SUMMARY_NAMES} more` : list.join(', ') || '—')
  return {
    title: `${diff.from} → ${diff.to}: ${packageCountLine(diff)}`,
    rows: [
      [`Only in ${diff.from}`, String(diff.counts.removed), names(diff.removed.map((item) => item.name))],
      [`Only in ${diff.to}`, String(diff.counts.added), names(diff.added.map((item) => item.name))],
      ['Other version', String(diff.counts.changed), names(diff.changed.map((item) => `${item.name} ${item.fromVersion ?? '?'} → ${item.toVersion ?? '?'}`))],
      ['Same version', String(diff.counts.unchanged), ''],
    ],
  }
}

/** The full lists as rows for the CSV: one per package that differs. */
export function diffRows(diff: PackageDiff): string[][] {
  return [
    ...diff.removed.map((item) => ['only-in-first', item.ecosystem, item.name, item.architecture ?? '', diff.from, item.version ?? '', diff.to, '']),
    ...diff.added.map((item) => ['only-in-second', item.ecosystem, item.name, item.architecture ?? '', diff.from, '', diff.to, item.version ?? '']),
    ...diff.changed.map((item) => ['other-version', item.ecosystem, item.name, item.architecture ?? '', diff.from, item.fromVersion ?? '', diff.to, item.toVersion ?? '']),
  ]
}

export const DIFF_CSV_HEADER = ['packageChange', 'ecosystem', 'name', 'architecture', 'firstImage', 'firstVersion', 'secondImage', 'secondVersion']
