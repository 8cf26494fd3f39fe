import type { ChangedPackage, Comparison, InstalledPackage, PackageDiff } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { packageCountLine } from '../../../../shared/lib/package-count'

const shown = (text: string | null): string => (text === null ? '—' : escapeForDisplay(text, { maxLength: 300 }))

/**
 * The packages of compared images that were scanned: the first image against each other one, as
 * counts with the lists behind them (only in one, only in the other, another version).
 */
export function ComparisonPackages({ comparison }: { comparison: Comparison }) {
  const section = comparison.packages
  if (section === undefined) {
    return (
      <section className="compare-packages" aria-labelledby="compare-packages-title">
        <h2 id="compare-packages-title">Packages</h2>
        <p className="muted">Scan the images (Files and waste) to compare their packages.</p>
      </section>
    )
  }
  return (
    <section className="compare-packages" aria-labelledby="compare-packages-title">
      <h2 id="compare-packages-title">Packages</h2>
      <ul className="plain-list">
        {section.inventories.map((inventory, index) => (
          <li key={comparison.images[index]?.reference ?? index}>
            {shown(comparison.images[index]?.reference ?? '')}:{' '}
            {inventory === null ? 'not scanned' : `${inventory.count.toLocaleString('en')} packages`}
          </li>
        ))}
      </ul>
      {section.diffs.map((diff) => (
        <DiffView key={`${diff.from} ${diff.to}`} diff={diff} />
      ))}
    </section>
  )
}

function DiffView({ diff }: { diff: PackageDiff }) {
  return (
    <div className="package-diff" role="group" aria-label={`Packages: ${diff.from} against ${diff.to}`}>
      <h3>
        {shown(diff.from)} → {shown(diff.to)}: {packageCountLine(diff)}
      </h3>
      <PackageList title={`Only in ${diff.from}`} count={diff.counts.removed} packages={diff.removed} />
      <PackageList title={`Only in ${diff.to}`} count={diff.counts.added} packages={diff.added} />
      <ChangedList changed={diff.changed} />
      <p className="muted">{diff.counts.unchanged.toLocaleString('en')} at the same version in both.</p>
    </div>
  )
}

function PackageList({ title, count, packages }: { title: string; count: number; packages: readonly InstalledPackage[] }) {
  return (
    <details>
      <summary>
        {shown(title)}: {count.toLocaleString('en')}
      </summary>
      <ul className="package-names">
        {packages.map((item) => (
          <li key={`${item.ecosystem} ${item.name} ${item.architecture ?? ''}`}>
            {shown(item.name)} <span className="muted">{shown(item.version)}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}

function ChangedList({ changed }: { changed: readonly ChangedPackage[] }) {
  return (
    <details>
      <summary>Other version: {changed.length.toLocaleString('en')}</summary>
      <ul className="package-names">
        {changed.map((item) => (
          <li key={`${item.ecosystem} ${item.name} ${item.architecture ?? ''}`}>
            {shown(item.name)} <span className="muted">{shown(item.fromVersion)} → {shown(item.toVersion)}</span>
          </li>
        ))}
      </ul>
    </details>
  )
}
