import type { FileEntry, LayerScan } from '../../../shared/model'

/** Every path a scan shows a person: tree entries, wasted files, fact locations. */
export function shownPaths(scan: LayerScan, layerEntries: FileEntry[][] = []): string[] {
  return [
    ...layerEntries.flat().map((entry) => entry.path),
    ...scan.wastedFiles.map((file) => file.path),
    ...scan.facts.runtimes.map((runtime) => runtime.path),
    ...scan.facts.compilers.map((compiler) => compiler.path),
  ]
}

/** Relative to the image's root and staying in it: no leading "/", no "." or ".." or empty part. */
export function staysInRoot(path: string): boolean {
  return path !== '' && !path.startsWith('/') && path.split('/').every((part) => part !== '' && part !== '.' && part !== '..')
}

export function entryAt(entries: FileEntry[] | undefined, path: string): FileEntry | undefined {
  return entries?.find((entry) => entry.path === path)
}
