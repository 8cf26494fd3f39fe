import type { FileFacts, LayerScan, WastedFile } from '../../shared/model'
import { formatBytes, shortId } from '../../shared/lib/bytes'
import { formatTable, oneLine, truncate } from './table'

/** Wasted files shown in the text view; --json carries the scan's whole list. */
const TOP_WASTED = 10

/** `baseline scan`: what the layers store, what survives, what is wasted and why, and the facts found. */
export function formatScan(scan: LayerScan, reference: string, columns: number | null): string {
  const percent = `${(scan.efficiency * 100).toFixed(1)}%`
  const head: [string, string][] = [
    ['Image', `${reference} (${shortId(scan.imageId)})`],
    // "files": bytes of the files the scan read, not the engine's on-disk or content figures.
    ['Files', `${formatBytes(scan.totalBytes)} stored in ${scan.layers.length} layers, ${formatBytes(scan.finalBytes)} visible`],
    ['Wasted', `${formatBytes(scan.wastedBytes)} (base ${formatBytes(scan.baseWastedBytes)}, own ${formatBytes(scan.ownWastedBytes)}); efficiency ${percent}`],
    ...factLines(scan.facts),
  ]
  const sections = [head.map(([label, value]) => `${label.padEnd(12)}${value}`).join('\n'), layerTable(scan, columns), wastedTable(scan)]
  if (scan.warnings.length > 0) sections.push(['Warnings:', ...scan.warnings.map((warning) => `  ${warning}`)].join('\n'))
  return `${sections.join('\n\n')}\n`
}

function factLines(facts: FileFacts): [string, string][] {
  const os = facts.osRelease
  const lines: [string, string][] = [
    ['OS', os ? os.prettyName ?? [os.id, os.versionId].filter(Boolean).join(' ') : 'no os-release'],
    ['libc', facts.libc],
    ['Packages', facts.packages.map((db) => `${db.manager} ${db.count}`).join(', ') || 'no package database'],
    ['Runtimes', facts.runtimes.map((runtime) => `${runtime.name} ${runtime.version ?? '(version unknown)'} (/${runtime.path})`).join(', ') || 'none found'],
    ['Compilers', facts.compilers.map((compiler) => `${compiler.name} ${formatBytes(compiler.sizeBytes)} (/${compiler.path})`).join(', ') || 'none'],
    ['Headers', facts.headers.fileCount === 0 ? 'none' : `${facts.headers.fileCount} files, ${formatBytes(facts.headers.sizeBytes)}`],
    ['Shell', facts.shell === null ? 'none' : `/${facts.shell}`],
  ]
  return lines
}

function layerTable(scan: LayerScan, columns: number | null): string {
  const rows = scan.layers.map((layer) => [
    String(layer.index),
    layer.owner,
    formatBytes(layer.sizeBytes),
    String(layer.fileCount),
    `+${layer.added} ~${layer.modified} -${layer.removed}`,
    formatBytes(layer.wastedBytes),
    oneLine(layer.createdBy ?? ''),
  ])
  const room = columns === null ? null : Math.max(20, columns - 62)
  return formatTable(['LAYER', 'OWNER', 'SIZE', 'FILES', 'CHANGES', 'WASTED', 'COMMAND'], rows.map((row) => [...row.slice(0, 6), truncate(row[6] ?? '', room)])).trimEnd()
}

function wastedTable(scan: LayerScan): string {
  if (scan.wastedFileCount === 0) return 'Nothing is wasted: every stored file is visible in the final image.'
  const shown = scan.wastedFiles.slice(0, TOP_WASTED)
  const rows = shown.map((file) => [formatBytes(file.sizeBytes), `/${file.path}`, String(file.layerIndex), why(file)])
  const more = scan.wastedFileCount > shown.length ? `\n(${shown.length} of ${scan.wastedFileCount} wasted files; --json lists up to ${scan.wastedFiles.length})` : ''
  return `Top wasted files:\n${formatTable(['SIZE', 'PATH', 'LAYER', 'WHY'], rows).trimEnd()}${more}`
}

/** "overwritten in layer 5 (base)": the layer numbers are the LAYER column's. */
export function why(file: WastedFile): string {
  return `${file.reason} in layer ${file.byLayerIndex} (${file.owner} copy)`
}
