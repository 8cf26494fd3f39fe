import { useMemo, useState } from 'react'
import type { LayerScan, WastedFile } from '../../../../shared/model'
import { formatBytes } from '../../../../shared/lib/bytes'
import { formatExactBytes } from '../../ui/format'
import { absolutePath, moreWastedText, wasteReasonText, wasteTotalText } from './scan-text'

/** Rows drawn before "Show all": the list the core sends is capped, but can still be long for a table. */
const ROWS_AT_FIRST = 50

/** Copies stored in a layer that the final filesystem does not show, largest first, with why. */
export function WastedFilesSection({ scan }: { scan: LayerScan }) {
  const [showAll, setShowAll] = useState(false)
  const files = useMemo(() => [...scan.wastedFiles].sort((a, b) => b.sizeBytes - a.sizeBytes), [scan.wastedFiles])
  const shown = showAll ? files : files.slice(0, ROWS_AT_FIRST)
  const notListed = moreWastedText(files.length, scan.wastedFileCount)
  return (
    <section className="scan-section" aria-labelledby="scan-waste-heading">
      <h2 id="scan-waste-heading" className="section-title">
        Wasted files
      </h2>
      <p className="waste-total">
        {wasteTotalText(scan.wastedBytes, scan.wastedFileCount)}
        {scan.wastedFileCount > 0 ? (
          <span className="muted">
            {' '}
            Base layers: {formatBytes(scan.baseWastedBytes)} · own layers: {formatBytes(scan.ownWastedBytes)}.
          </span>
        ) : null}
      </p>
      {files.length > 0 ? (
        <div className="table-scroll">
          <table aria-label="Wasted files" className="scan-table">
            <thead>
              <tr>
                <th scope="col">Path</th>
                <th scope="col" className="num">Size</th>
                <th scope="col" className="num">Layer</th>
                <th scope="col">Why</th>
                <th scope="col">Owner</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((file) => (
                <WastedRow key={`${file.layerIndex} ${file.path}`} file={file} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {shown.length < files.length || notListed ? (
        <p className="waste-more">
          {shown.length < files.length ? (
            <button type="button" className="link-button" onClick={() => setShowAll(true)}>
              Show all {files.length.toLocaleString('en')} listed
            </button>
          ) : null}
          {notListed ? <span className="muted">{notListed}</span> : null}
        </p>
      ) : null}
    </section>
  )
}

function WastedRow({ file }: { file: WastedFile }) {
  return (
    <tr>
      <td className="cell-path">
        <code className="selectable">{absolutePath(file.path)}</code>
      </td>
      <td className="num" title={formatExactBytes(file.sizeBytes)}>{formatBytes(file.sizeBytes)}</td>
      <td className="num">{file.layerIndex}</td>
      <td>{wasteReasonText(file)}</td>
      <td>
        <span className={`owner owner--${file.owner}`}>{file.owner}</span>
      </td>
    </tr>
  )
}
