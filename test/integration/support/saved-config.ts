import { extract } from 'tar-stream'
import { Readable } from 'node:stream'
import { dockerChecked } from '../../fixtures/images'

/** The image config as the engine stores it: the only place `empty_layer` is visible. */
export interface SavedConfig {
  history: { created_by?: string; empty_layer?: boolean; created?: string }[]
  rootfs: { diff_ids: string[] }
}

async function entriesOf(tar: Buffer): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>()
  const reader = extract()
  const done = new Promise<void>((resolve, reject) => {
    reader.on('entry', (header, stream, next) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: unknown) => chunks.push(Buffer.from(chunk as Uint8Array)))
      stream.on('error', reject)
      stream.on('end', () => {
        files.set(header.name, Buffer.concat(chunks))
        next()
      })
    })
    reader.on('finish', resolve)
    reader.on('error', reject)
  })
  Readable.from([tar]).pipe(reader)
  await done
  return files
}

/**
 * Ground truth for history/layer alignment: `docker save` the image and read its config. The
 * engine's history API drops `empty_layer`, which is exactly what the core has to infer.
 */
export async function savedConfig(reference: string): Promise<SavedConfig> {
  const { stdoutBytes } = await dockerChecked(['save', reference])
  const files = await entriesOf(stdoutBytes)
  const manifest = JSON.parse(files.get('manifest.json')?.toString('utf8') ?? '[]') as { Config: string }[]
  const configName = manifest[0]?.Config
  const config = configName ? (files.get(configName) ?? files.get(configName.replace(/^\.\//, ''))) : undefined
  if (!config) throw new Error(`docker save ${reference}: no config in the archive`)
  return JSON.parse(config.toString('utf8')) as SavedConfig
}

/** Per history step (oldest first): the diff ID of the layer it made, or null for metadata steps. */
export function trueStepLayers(config: SavedConfig): (string | null)[] {
  let next = 0
  return config.history.map((step) => (step.empty_layer ? null : (config.rootfs.diff_ids[next++] ?? null)))
}
