import { useMemo, useState } from 'react'
import { hexRows, looksLikeText, textLines } from '../../../../shared/lib/file-bytes'
import type { FileVersion } from '../../../../shared/model'
import { bytesFromBase64, cutNote, VIEWER_PAGE } from './file-viewer-text'

/** A regular file's bytes: text with line numbers, or a hex view (binary files, or asked for). */
export function FileContentsView({ version, label }: { version: FileVersion; label: string }) {
  const bytes = useMemo(() => bytesFromBase64(version.contentBase64), [version.contentBase64])
  const isText = useMemo(() => looksLikeText(bytes, version.isCut), [bytes, version.isCut])
  const [asHex, setAsHex] = useState(false)
  const [pages, setPages] = useState(1)
  const showHex = asHex || !isText
  const note = cutNote(version, bytes.length)
  return (
    <div className="file-contents">
      <div className="file-contents-bar">
        <span className="muted">{isText ? 'Text (UTF-8)' : 'Binary'}</span>
        {isText ? (
          <label className="toolbar-field">
            <input type="checkbox" checked={asHex} onChange={(event) => setAsHex(event.target.checked)} />
            Show as hex
          </label>
        ) : null}
      </div>
      {note ? <p className="file-cut-note" role="note">{note}</p> : null}
      {bytes.length === 0 ? <p className="muted">This file is empty.</p> : showHex ? (
        <HexView bytes={bytes} rows={pages * VIEWER_PAGE} label={`${label}, hex`} />
      ) : (
        <TextView bytes={bytes} lines={pages * VIEWER_PAGE} label={label} />
      )}
      {hasMore(bytes, showHex, pages) ? (
        <button type="button" className="btn" onClick={() => setPages(pages + 1)}>Show more</button>
      ) : null}
    </div>
  )
}

function hasMore(bytes: Uint8Array, showHex: boolean, pages: number): boolean {
  if (showHex) return bytes.length > pages * VIEWER_PAGE * 16
  let lines = 0
  for (const byte of bytes) if (byte === 0x0a && ++lines > pages * VIEWER_PAGE) return true
  return false
}

function TextView({ bytes, lines, label }: { bytes: Uint8Array; lines: number; label: string }) {
  const all = useMemo(() => textLines(bytes), [bytes])
  const shown = all.slice(0, lines)
  return (
    // Focusable so the keyboard can scroll it; named for screen readers.
    <div className="file-text" role="region" aria-label={label} tabIndex={0}>
      <table className="file-lines">
        <tbody>
          {shown.map((line, index) => (
            <tr key={index}>
              <td className="line-number num" aria-hidden="true">{index + 1}</td>
              <td className="line-text">
                {line.map((segment, part) => (segment.isRawBytes ? <span key={part} className="raw-byte" title="Not UTF-8">{segment.text}</span> : segment.text))}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}

function HexView({ bytes, rows, label }: { bytes: Uint8Array; rows: number; label: string }) {
  const shown = useMemo(() => hexRows(bytes, 0, rows), [bytes, rows])
  return (
    <div className="file-hex" role="region" aria-label={label} tabIndex={0}>
      <table className="hex-rows">
        <thead>
          <tr>
            <th scope="col">Offset</th>
            <th scope="col">Bytes</th>
            <th scope="col">ASCII</th>
          </tr>
        </thead>
        <tbody>
          {shown.map((row) => (
            <tr key={row.offset}>
              <td className="hex-offset muted">{row.offset}</td>
              <td className="hex-bytes">{row.hex}</td>
              <td className="hex-ascii">{row.ascii}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
