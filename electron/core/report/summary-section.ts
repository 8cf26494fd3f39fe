import type { ComparedImage, ComparisonCell, ComparisonRow, ComparisonRowKind, ComparisonSection, SizeKind } from '../../../shared/model'
import {
  baseCell,
  baseLayersCell,
  baseMovedCell,
  contentCell,
  filesCell,
  idCell,
  libcCell,
  missing,
  NOT_HERE,
  onDiskCell,
  pinningCell,
  recommendationCell,
  size,
  text,
  type CellContext,
} from './comparison-cells'
import { columnTitle } from './comparison-columns'

interface RowSpec {
  key: string
  label: string
  kind: ComparisonRowKind
  sizeKind?: SizeKind
  help?: string
  /** Size rows whose figures are worth a difference from the first column. */
  hasDeltas?: boolean
  cell: (image: ComparedImage, context: CellContext) => ComparisonCell
}

const local = (image: ComparedImage, cell: () => ComparisonCell): ComparisonCell => (image.source === 'local' ? cell() : NOT_HERE)

/** The rows of the summary, in this order and these words, in the app and in every report. */
const SUMMARY: readonly RowSpec[] = [
  { key: 'source', label: 'Source', kind: 'text', cell: (image) => text(image.source === 'local' ? 'on this machine (measured)' : 'catalogue (not on this machine)') },
  { key: 'id', label: 'Image ID', kind: 'text', cell: idCell },
  { key: 'tags', label: 'Tags', kind: 'list', cell: (image) => (image.tags.length === 0 ? missing('Untagged: no name points at this image') : { kind: 'list', items: image.tags, ordered: false }) },
  { key: 'created', label: 'Created', kind: 'time', cell: (image) => (image.createdAt === null ? missing('The creation time is not known') : { kind: 'time', iso: image.createdAt }) },
  {
    key: 'size.onDisk', label: 'Size on disk', kind: 'size', sizeKind: 'on-disk', hasDeltas: true, cell: onDiskCell,
    help: 'The engine\'s own figure for the image, as its image list shows it (unpacked layers; on the containerd image store, content and unpacked snapshots together). For a catalogue column, the catalogue\'s uncompressed size.',
  },
  {
    key: 'size.content', label: 'Content, compressed', kind: 'size', sizeKind: 'content', hasDeltas: true, cell: contentCell,
    help: 'The compressed blobs (manifest, config, layers) the containerd image store keeps, or the catalogue\'s download size. A graph driver (overlay2) and Podman keep none: there only the size on disk exists.',
  },
  {
    key: 'size.files', label: 'Files, as scanned', kind: 'size', sizeKind: 'files', hasDeltas: true, cell: filesCell,
    help: 'Bytes of the files in the image\'s layers as a file-level scan reads them, every layer\'s copy counted; known once the image was scanned.',
  },
  {
    key: 'size.base', label: 'Base layers, on disk', kind: 'size', sizeKind: 'on-disk', hasDeltas: true, cell: (image) => baseLayersCell(image, image.baseSizeBytes),
    help: 'The engine\'s per-layer figures, added up over the layers the base provides.',
  },
  {
    key: 'size.own', label: 'Own layers, on disk', kind: 'size', sizeKind: 'on-disk', hasDeltas: true, cell: (image) => baseLayersCell(image, image.ownSizeBytes),
    help: 'The engine\'s per-layer figures, added up over the layers this image adds on top of its base.',
  },
  { key: 'layers', label: 'Layers', kind: 'count', cell: (image) => local(image, () => ({ kind: 'count', value: image.layerCount, note: null })) },
  { key: 'shared.layers', label: 'Shared layers', kind: 'count', cell: (image) => local(image, () => ({ kind: 'count', value: image.sharedLayerCount, note: 'with the others' })) },
  {
    key: 'shared.bytes', label: 'Shared layers, on disk', kind: 'size', sizeKind: 'on-disk', cell: (image) => local(image, () => size(image.sharedBytes, '', 'stored once on disk')),
    help: 'The per-layer figures of the layers this image shares with another compared image: the engine stores them once.',
  },
  { key: 'base', label: 'Base', kind: 'base', cell: baseCell },
  { key: 'hierarchy', label: 'Hierarchy', kind: 'list', cell: (image) => (image.base.hierarchy.length > 0 ? { kind: 'list', items: image.base.hierarchy, ordered: true } : missing('No base above this image is known')) },
  { key: 'pinning', label: 'Pinning', kind: 'pinning', cell: pinningCell },
  { key: 'baseMoved', label: 'Base moved', kind: 'text', cell: (image) => baseMovedCell(image.baseMoved) },
  { key: 'os', label: 'OS', kind: 'text', cell: (image) => (image.os === null ? missing('The OS is not known') : text(image.os)) },
  { key: 'libc', label: 'libc', kind: 'text', cell: libcCell },
  { key: 'recommendation', label: 'Recommendation', kind: 'recommendation', cell: recommendationCell },
]

/** Each size minus the first column's, where both are figures. */
function withDeltas(cells: ComparisonCell[]): ComparisonCell[] {
  const [first] = cells
  if (first?.kind !== 'size') return cells
  return cells.map((cell, index) => (index > 0 && cell.kind === 'size' ? { ...cell, deltaBytes: cell.bytes - first.bytes } : cell))
}

function row(spec: RowSpec, images: readonly ComparedImage[], context: CellContext): ComparisonRow {
  const cells = images.map((image) => spec.cell(image, context))
  return {
    key: spec.key,
    label: spec.label,
    kind: spec.kind,
    sizeKind: spec.sizeKind ?? null,
    help: spec.help ?? null,
    cells: spec.hasDeltas ? withDeltas(cells) : cells,
  }
}

/** The facts of every compared image side by side: sizes by kind, base, pinning, advice. */
export function summarySection(images: readonly ComparedImage[], context: CellContext): ComparisonSection {
  const first = images[0]
  return {
    key: 'summary',
    title: 'Summary',
    note: first && images.length > 1 ? `Sizes in brackets: the difference from the first column, ${columnTitle(first)}.` : null,
    rows: SUMMARY.map((spec) => row(spec, images, context)),
  }
}
