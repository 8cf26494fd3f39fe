import type { FileFacts, ImageSummary } from '../../../shared/model'
import type { Catalog } from '../catalog/catalog'
import type { KnownTools } from './sibling-candidate'

const MANAGER: Readonly<Record<string, string>> = { dpkg: 'apt/dpkg', apk: 'apk', rpm: 'rpm' }

/**
 * What a local sibling carries, from what is known without the engine: the file scan of that very
 * image when one was made, else the catalogue when the image is an official build it lists.
 */
export function siblingToolsOf(catalog: Catalog, scanOf?: (imageId: string) => FileFacts | null): (image: ImageSummary) => KnownTools | null {
  return (image) => {
    const scan = scanOf?.(image.id) ?? null
    if (scan !== null && scan.libc !== 'unknown') {
      const manager = scan.packages[0]?.manager
      return {
        tools: { libc: scan.libc, shell: scan.shell, packageManager: manager ? (MANAGER[manager] ?? manager) : null },
        source: 'the file scan of that image',
      }
    }
    const entry = catalog.byImageId(image.id)
    if (entry === null || (entry.libc !== 'glibc' && entry.libc !== 'musl' && entry.libc !== 'none')) return null
    return {
      tools: { libc: entry.libc, shell: entry.hasShell ? entry.shell : null, packageManager: entry.packageManager || null },
      source: `the catalogue's entry for ${entry.reference} (the same image ID)`,
    }
  }
}
