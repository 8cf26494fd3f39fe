import type { ImageAnalysis, Lineage, LineageNode } from '../../shared/model'
import { formatBytes, shortId } from '../../shared/lib/bytes'
import { commandOf } from './format-inspect'
import { formatTable, oneLine, truncate } from './table'

const METHOD_WORDS: Record<ImageAnalysis['base']['method'], string> = {
  label: 'from its OCI base labels',
  'layer-chain': 'by its layer chain',
  history: 'by a history fingerprint from the catalogue',
  none: 'not found',
}

function movedText(analysis: ImageAnalysis): string {
  if (analysis.baseMoved === null) return 'unknown'
  const verdict = analysis.baseMoved ? 'yes' : 'no'
  return analysis.baseMovedDetail ? `${verdict}: ${analysis.baseMovedDetail}` : verdict
}

/** The human view of `baseline analyze`: what the image inherits, how firmly, and whose layers are whose. */
export function formatAnalysis(analysis: ImageAnalysis, columns: number | null): string {
  const { base } = analysis
  const lines: [string, string][] = [
    ['Image', analysis.tags.join(', ') || shortId(analysis.id)],
    // Two figures, two names: the engine's on-disk size, and what its layers' history steps add up
    // to (equal on Docker 20.10; Podman counts tars and the containerd store adds its blobs).
    ['On disk', formatBytes(analysis.sizeBytes)],
    ['Layers', `base ${formatBytes(analysis.baseSizeBytes)} + own ${formatBytes(analysis.ownSizeBytes)}`],
    ['Base', base.method === 'none' ? 'unknown' : `${base.reference ?? shortId(base.imageId ?? '')} (${METHOD_WORDS[base.method]}, confidence ${base.confidence})`],
    ['Evidence', base.evidence],
    ['Hierarchy', [analysis.tags[0] ?? shortId(analysis.id), ...base.hierarchy].join(' -> ')],
    ['Pinning', `${analysis.pinning.class}: ${analysis.pinning.explanation}`],
    ['Base moved', movedText(analysis)],
  ]
  const head = lines.map(([label, value]) => `${label.padEnd(12)}${value}`).join('\n')
  const rows = analysis.layers.map((layer) => [String(layer.step), layer.owner, formatBytes(layer.sizeBytes), oneLine(commandOf(layer))])
  const room = columns === null ? null : Math.max(20, columns - 30)
  const table = formatTable(['STEP', 'OWNER', 'SIZE', 'COMMAND'], rows.map((row) => [...row.slice(0, 3), truncate(row[3] ?? '', room)]))
  return `${head}\n\n${table}`
}

/** `baseline lineage`: the forest as an indented tree, each node with its total and own size. */
export function formatLineage(lineage: Lineage): string {
  const lines: string[] = []
  const walk = (node: LineageNode, prefix: string, isLast: boolean, isRoot: boolean): void => {
    const name = node.tags[0] ?? `${shortId(node.imageId)} ${node.isDangling ? '(dangling)' : '(untagged)'}`
    const more = node.tags.length > 1 ? ` (+${node.tags.length - 1} tags)` : ''
    const sizes = `${formatBytes(node.sizeBytes)}, own ${formatBytes(node.ownSizeBytes)}`
    lines.push(`${prefix}${isRoot ? '' : isLast ? '└── ' : '├── '}${name}${more}  [${sizes}]`)
    const childPrefix = isRoot ? '' : `${prefix}${isLast ? '    ' : '│   '}`
    node.children.forEach((child, index) => walk(child, childPrefix, index === node.children.length - 1, false))
  }
  lineage.roots.forEach((root) => walk(root, '', true, true))
  return `${lines.join('\n')}\n${lineage.imageCount} images\n`
}
