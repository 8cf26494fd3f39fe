import { formatBytes } from '../../../shared/lib/bytes'
import type { CatalogEntry } from '../catalog/catalog'
import { listText } from './describe'

export interface SizeTie<T> {
  chosen: T
  /** False when sizes could not tell the candidates apart (the nearest was taken anyway). */
  isResolved: boolean
  /** In words, for the evidence; null when there was no tie. */
  note: string | null
}

// Sizes within this share of each other count as the same image (layer sizes vary a little by
// storage driver and by how the engine counts).
const SIZE_TOLERANCE = 0.02

/**
 * Entries with identical histories (debian:trixie and debian:trixie-slim run the same debuerreotype
 * command) differ only in what the command produced: the bytes those steps hold here decide.
 */
export function breakSizeTie<T extends { entry: CatalogEntry }>(tied: readonly T[], baseBytes: number): SizeTie<T> {
  const ranked = [...tied].sort((a, b) => distance(a.entry, baseBytes) - distance(b.entry, baseBytes))
  const [chosen, ...others] = ranked
  if (chosen === undefined) throw new Error('breakSizeTie needs at least one candidate')
  if (others.length === 0) return { chosen, isResolved: true, note: null }
  const names = listText(others.map((other) => other.entry.reference))
  const isResolved = isNear(chosen.entry, baseBytes) && !others.some((other) => isNear(other.entry, baseBytes))
  const sizes = [chosen, ...others].map((item) => sizeText(item.entry)).join(', ')
  const note = isResolved
    ? `${names} ${others.length === 1 ? 'has' : 'have'} the same history; the ${formatBytes(baseBytes)} these steps hold here match ${chosen.entry.reference} (${sizes}).`
    : `${names} ${others.length === 1 ? 'has' : 'have'} the same history, and the ${formatBytes(baseBytes)} these steps hold here match none of their sizes (${sizes}); ${chosen.entry.reference} is only the nearest.`
  return { chosen, isResolved, note }
}

function distance(entry: CatalogEntry, bytes: number): number {
  return entry.sizeBytes === null ? Number.POSITIVE_INFINITY : Math.abs(entry.sizeBytes - bytes)
}

function isNear(entry: CatalogEntry, bytes: number): boolean {
  if (entry.sizeBytes === null) return false
  const tolerance = Math.max(entry.sizeBytesPrecision ?? 0, entry.sizeBytes * SIZE_TOLERANCE)
  return Math.abs(entry.sizeBytes - bytes) <= tolerance
}

function sizeText(entry: CatalogEntry): string {
  return `${entry.reference} ${entry.sizeBytes === null ? 'size unknown' : formatBytes(entry.sizeBytes)}`
}
