import { useId, useState } from 'react'
import { formatBytes } from '../../../../shared/lib/bytes'
import { escapeForDisplay } from '../../../../shared/lib/display-text'
import type { FileComparison, FileDifference, FolderDifference } from '../../../../shared/model'
import { DIFFERENCES_PAGE, differenceBytes, visibleDifferences, type ChangeFilter, type DifferenceSort } from './file-differences'

/**
 * Two scanned images file by file, the larger first: what moving to the smaller one loses, by top
 * folder and file by file, sortable by size. Without a scan of both, says how to get one.
 */
export function FilesComparisonSection({ files, references }: { files: FileComparison | undefined; references: readonly string[] }) {
  const headingId = useId()
  return (
    <section className="compare-files card" aria-labelledby={headingId}>
      <h2 id={headingId} className="section-title">Files</h2>
      {files ? <FilesBody files={files} /> : (
        <p className="muted">
          {references.length === 2
            ? 'Scan the files of both images (Files and waste, on each image’s page) to compare them file by file.'
            : 'Files are compared for two images at a time.'}
        </p>
      )}
    </section>
  )
}

function FilesBody({ files }: { files: FileComparison }) {
  const [change, setChange] = useState<ChangeFilter>('removed')
  const [folder, setFolder] = useState<string | null>(null)
  const [sort, setSort] = useState<DifferenceSort>('size')
  const [pages, setPages] = useState(1)
  const changeId = useId()
  const sortId = useId()
  const rows = visibleDifferences(files.differences, change, folder, sort)
  const { from, to, totals } = files
  return (
    <>
      <p className="compare-files-summary">
        Moving from <strong>{escapeForDisplay(from.reference)}</strong> to <strong>{escapeForDisplay(to.reference)}</strong>:{' '}
        {totals.removed.toLocaleString('en-US')} files go ({formatBytes(totals.removedBytes)}), {totals.added.toLocaleString('en-US')} arrive (
        {formatBytes(totals.addedBytes)}), {totals.changed.toLocaleString('en-US')} change.
      </p>
      <FolderTable folders={files.folders} folder={folder} onFolder={setFolder} />
      <div className="list-toolbar">
        <span className="toolbar-field">
          <label htmlFor={changeId}>Show</label>
          <select id={changeId} value={change} onChange={(event) => setChange(event.target.value as ChangeFilter)}>
            <option value="removed">Only in {from.reference}</option>
            <option value="added">Only in {to.reference}</option>
            <option value="changed">Changed</option>
            <option value="all">Every difference</option>
          </select>
        </span>
        <span className="toolbar-field">
          <label htmlFor={sortId}>Sort by</label>
          <select id={sortId} value={sort} onChange={(event) => setSort(event.target.value as DifferenceSort)}>
            <option value="size">Size, largest first</option>
            <option value="path">Path</option>
          </select>
        </span>
        {folder !== null ? (
          <button type="button" className="btn" onClick={() => setFolder(null)}>Every folder (now /{escapeForDisplay(folder)})</button>
        ) : null}
      </div>
      <DifferencesTable rows={rows.slice(0, pages * DIFFERENCES_PAGE)} />
      <p className="muted">
        {rows.length === 0 ? 'No difference of this kind.' : `${Math.min(rows.length, pages * DIFFERENCES_PAGE).toLocaleString('en-US')} of ${rows.length.toLocaleString('en-US')} shown.`}
      </p>
      {rows.length > pages * DIFFERENCES_PAGE ? <button type="button" className="btn" onClick={() => setPages(pages + 1)}>Show more</button> : null}
    </>
  )
}

/** One row per top folder; its name filters the list below (pressed again, every folder). */
function FolderTable({ folders, folder, onFolder }: { folders: readonly FolderDifference[]; folder: string | null; onFolder: (folder: string | null) => void }) {
  return (
    <div className="compare-table-frame" role="region" aria-label="Differences by top folder" tabIndex={0}>
      <table className="compare-files-folders">
        <thead>
          <tr>
            <th scope="col">Folder</th>
            <th scope="col" className="num">Removed</th>
            <th scope="col" className="num">Bytes removed</th>
            <th scope="col" className="num">Added</th>
            <th scope="col" className="num">Bytes added</th>
            <th scope="col" className="num">Changed</th>
          </tr>
        </thead>
        <tbody>
          {folders.map((row) => (
            <tr key={row.topFolder}>
              <th scope="row">
                <button type="button" className="link-button" aria-pressed={folder === row.topFolder} onClick={() => onFolder(folder === row.topFolder ? null : row.topFolder)}>
                  /{escapeForDisplay(row.topFolder)}
                </button>
              </th>
              <td className="num">{row.removed.toLocaleString('en-US')}</td>
              <td className="num">{formatBytes(row.removedBytes)}</td>
              <td className="num">{row.added.toLocaleString('en-US')}</td>
              <td className="num">{formatBytes(row.addedBytes)}</td>
              <td className="num">{row.changed.toLocaleString('en-US')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

/** The differences shown, path, change, bytes and why. */
function DifferencesTable({ rows }: { rows: readonly FileDifference[] }) {
  return (
    <div className="compare-table-frame" role="region" aria-label="File differences" tabIndex={0}>
      <table className="compare-files-list">
        <thead>
          <tr>
            <th scope="col">Path</th>
            <th scope="col">Change</th>
            <th scope="col" className="num">Size</th>
            <th scope="col">Why</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((item) => (
            <tr key={item.path}>
              <td className="mono">/{escapeForDisplay(item.path)}{item.kind === 'directory' ? '/' : ''}</td>
              <td>{item.change}</td>
              <td className="num">{formatBytes(differenceBytes(item))}</td>
              <td>{item.reasons.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
