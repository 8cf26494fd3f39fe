import type { ImagePlatform } from '../../../shared/model'
import type { ByteSource, ChunkPump } from './byte-source'
import { resolveLayout } from './export-layout'
import { readExportWith } from './read-export'

/**
 * The platforms an image's export lists (its OCI index), each marked present or not, read in one
 * pass that keeps only the JSON documents: how Baseline learns an image's platforms from an engine
 * whose API cannot list them (Docker 26.1 speaks 1.45; GET /images/json?manifests=1 came in 1.47).
 * Empty for an image of one platform, and for an export that is not an OCI index at all.
 */
export async function readExportPlatforms(source: ByteSource | ChunkPump, signal?: AbortSignal): Promise<ImagePlatform[]> {
  const contents = await readExportWith(source, { signal, openLayer: null })
  try {
    return resolveLayout(contents).platforms.map(({ platform, isPresent }) => ({ platform, isPresent }))
  } catch {
    return []
  }
}
