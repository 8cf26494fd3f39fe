import type { PackageInventory } from '../../../shared/model'
import { packageUrl } from './package-url'

export interface SbomInput {
  /** What the user asked for ("app:1.0"). */
  reference: string
  inventory: PackageInventory
  appVersion: string
  now: Date
  /** A UUID: each export is a new BOM, as CycloneDX asks of serial numbers. */
  serial: string
}

interface Component {
  type: 'library'
  'bom-ref': string
  name: string
  version?: string
  purl: string
  properties: { name: string; value: string }[]
}

/**
 * The inventory as a CycloneDX 1.6 JSON BOM: the image as the metadata component, one library
 * component per distinct package URL (a package nested twice in node_modules is one component).
 */
export function buildCycloneDx(input: SbomInput): Record<string, unknown> {
  const components: Component[] = []
  const seen = new Set<string>()
  for (const item of input.inventory.packages) {
    const purl = packageUrl(item, input.inventory.distro)
    if (seen.has(purl)) continue
    seen.add(purl)
    components.push({
      type: 'library',
      'bom-ref': purl,
      name: item.name,
      ...(item.version === null ? {} : { version: item.version }),
      purl,
      properties: [
        { name: 'baseline:ecosystem', value: item.ecosystem },
        { name: 'baseline:layer-index', value: String(item.layerIndex) },
        { name: 'baseline:database', value: `/${item.path}` },
        ...(item.source === null ? [] : [{ name: 'baseline:source-package', value: item.source }]),
      ],
    })
  }
  return {
    $schema: 'http://cyclonedx.org/schema/bom-1.6.schema.json',
    bomFormat: 'CycloneDX',
    specVersion: '1.6',
    serialNumber: `urn:uuid:${input.serial}`,
    version: 1,
    metadata: {
      timestamp: input.now.toISOString(),
      tools: { components: [{ type: 'application', name: 'baseline', version: input.appVersion }] },
      component: { type: 'container', 'bom-ref': 'image', name: input.reference, version: input.inventory.imageId },
      properties: input.inventory.notes.map((note) => ({ name: 'baseline:note', value: note })),
    },
    components,
  }
}

/** "app-1.0.cdx.json": the reference made safe as a file name, with CycloneDX's own suffix. */
export function sbomFileName(reference: string): string {
  const words = reference.slice(0, 200).split(/[^\w.]+/).filter((word) => word !== '')
  const safe = words.join('-').slice(0, 80)
  return `${safe === '' ? 'image' : safe}.cdx.json`
}
