import type { ImageRequest } from '../../../../shared/contract'
import { useMemo, useState } from 'react'
import type { InstalledPackage } from '../../../../shared/model'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import { useQuery } from '../../api/use-query'
import { ErrorState } from '../../ui/ErrorState'
import { FilterField } from '../../ui/FilterField'
import { LoadingState } from '../../ui/LoadingState'
import { filterPackages, inventoryText } from './package-filter'
import { SbomExport } from './SbomExport'

/** Rows drawn before "Show all": a full Debian image lists hundreds. */
const ROWS_AT_FIRST = 100

/** The packages the scan read (dpkg, apk, Python, Node), filterable, with the SBOM export. */
export function PackagesSection({ target }: { target: ImageRequest }) {
  const inventory = useQuery('packages.list', target)
  const [filter, setFilter] = useState('')
  const [showAll, setShowAll] = useState(false)
  const packages = useMemo(() => filterPackages(inventory.data?.packages ?? [], filter), [inventory.data, filter])
  const shown = showAll ? packages : packages.slice(0, ROWS_AT_FIRST)
  const total = inventory.data?.packages.length ?? 0
  return (
    <section className="scan-section" aria-labelledby="scan-packages-heading">
      <h2 id="scan-packages-heading" className="section-title">
        Packages
      </h2>
      {inventory.status === 'error' ? (
        <ErrorState title="The packages could not be read" error={inventory.error} />
      ) : inventory.data === undefined ? (
        <LoadingState label="Reading the packages…" />
      ) : (
        <>
          <p>{total === 0 ? 'No package database was found in the final filesystem.' : inventoryText(inventory.data.packages)}</p>
          {inventory.data.notes.map((note) => (
            <p key={note} className="note">
              {escapeForDisplay(note, { maxLength: 500 })}
            </p>
          ))}
          <SbomExport target={target} />
          {total > 0 ? (
            <>
              <div className="list-toolbar">
                <FilterField label="Filter packages" placeholder="Filter by name, version, source…" value={filter} onChange={setFilter} countText={`${packages.length.toLocaleString('en')} of ${total.toLocaleString('en')} packages`} />
              </div>
              <PackageTable packages={shown} />
              {shown.length < packages.length ? (
                <button type="button" className="link-button" onClick={() => setShowAll(true)}>
                  Show all {packages.length.toLocaleString('en')}
                </button>
              ) : null}
            </>
          ) : null}
        </>
      )}
    </section>
  )
}

function PackageTable({ packages }: { packages: readonly InstalledPackage[] }) {
  const text = (value: string | null): string => (value === null ? '—' : escapeForDisplay(value, { maxLength: 300 }))
  return (
    <div className="table-scroll">
      <table aria-label="Packages" className="scan-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Version</th>
            <th scope="col">Architecture</th>
            <th scope="col">Source</th>
            <th scope="col">Kind</th>
            <th scope="col" className="num">Layer</th>
          </tr>
        </thead>
        <tbody>
          {packages.map((item) => (
            <tr key={`${item.ecosystem} ${item.path} ${item.name} ${item.architecture ?? ''}`}>
              <td>{text(item.name)}</td>
              <td>{text(item.version)}</td>
              <td>{text(item.architecture)}</td>
              <td>{text(item.source)}</td>
              <td>{item.ecosystem}</td>
              <td className="num">{item.layerIndex}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
