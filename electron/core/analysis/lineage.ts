import type { Lineage, LineageNode } from '../../../shared/model'
import { nearestAncestorWithItems, nodeFor } from './chain-trie'
import { asLocalIndex, type LocalImage, type LocalIndex } from './local-images'
import { preferredImage, sortTagsBySpecificity } from './tag-preference'

/**
 * The forest of all local images by layer-chain prefix: an image's parent is the local image with
 * the longest chain that is a proper prefix of its own (ties as in base detection: tagged first,
 * then the most specific tag). Images with the same chain are siblings. Each image costs one walk
 * up the chain trie, so 2,000 images take milliseconds rather than 4 million comparisons.
 */
export function buildLineage(local: LocalIndex | readonly LocalImage[]): Lineage {
  const index = asLocalIndex(local)
  const nodes = new Map<LocalImage, LineageNode>()
  for (const image of index.images) nodes.set(image, lineageNode(image))
  const roots: LineageNode[] = []
  for (const image of index.images) {
    const node = nodes.get(image)
    if (node === undefined) continue
    const parent = parentOf(image, index)
    const parentNode = parent === null ? undefined : nodes.get(parent)
    if (parent === null || parentNode === undefined) {
      roots.push(node)
      continue
    }
    node.ownSizeBytes = Math.max(0, image.summary.sizeBytes - parent.summary.sizeBytes)
    parentNode.children.push(node)
  }
  for (const node of nodes.values()) node.children.sort(compareNodes)
  return { roots: roots.sort(compareNodes), imageCount: index.images.length }
}

function parentOf(image: LocalImage, index: LocalIndex): LocalImage | null {
  const own = nodeFor(index.trie, image.diffIds)
  const ancestor = own === null ? null : nearestAncestorWithItems(own)
  return ancestor === null ? null : preferredImage(ancestor.items)
}

function lineageNode(image: LocalImage): LineageNode {
  const { summary } = image
  return {
    imageId: summary.id,
    tags: sortTagsBySpecificity(summary.tags),
    isDangling: summary.isDangling,
    isUntagged: summary.tags.length === 0,
    sizeBytes: summary.sizeBytes,
    ownSizeBytes: summary.sizeBytes,
    layerCount: image.diffIds.length,
    children: [],
  }
}

const byName = new Intl.Collator('en', { numeric: true })

/** By name: tagged images A–Z by their best tag ("app:9" before "app:10"), then untagged ones by ID. */
function compareNodes(a: LineageNode, b: LineageNode): number {
  const nameA = a.tags[0]
  const nameB = b.tags[0]
  if (nameA !== undefined && nameB !== undefined) return byName.compare(nameA, nameB)
  if (nameA !== undefined || nameB !== undefined) return nameA === undefined ? 1 : -1
  return byName.compare(a.imageId, b.imageId)
}
