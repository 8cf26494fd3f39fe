/** What the scan reads of the image config JSON the export carries. */
export interface ImageConfigFacts {
  /** rootfs.diff_ids, bottom first. */
  diffIds: string[]
  /** config.Env: the version variables of official images (PYTHON_VERSION …). */
  env: string[]
  /** created_by of the history steps that made a layer (empty_layer steps left out), bottom first. */
  layerSteps: string[]
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [])

export function readImageConfig(doc: unknown): ImageConfigFacts {
  const root = isObject(doc) ? doc : {}
  const rootfs = isObject(root.rootfs) ? root.rootfs : {}
  const config = isObject(root.config) ? root.config : {}
  const history = Array.isArray(root.history) ? root.history.filter(isObject) : []
  return {
    diffIds: strings(rootfs.diff_ids),
    env: strings(config.Env),
    layerSteps: history.filter((step) => step.empty_layer !== true).map((step) => (typeof step.created_by === 'string' ? step.created_by : '')),
  }
}
