import type { OptionValue } from './parse-report-args'

/** `baseline cat IMAGE PATH [--layer N]`: a file's bytes as of a layer (the top one by default). */
export interface CatCommand {
  kind: 'cat'
  reference: string
  path: string
  /** null: the top layer, the image as it runs. */
  layerIndex: number | null
}

export const CAT_VALUE_OPTIONS = ['--layer']

export function parseCatArgs(rest: string[], options: string[], values: OptionValue[]): { ok: true; command: CatCommand } | { ok: false; error: string } {
  if (options.length > 0) return { ok: false, error: `${options[0] ?? ''} does not go with cat` }
  const foreign = values.find(([name]) => !CAT_VALUE_OPTIONS.includes(name))
  if (foreign !== undefined) return { ok: false, error: `${foreign[0]} does not go with cat` }
  if (rest.length !== 2 || rest.some((arg) => arg.trim() === '')) return { ok: false, error: 'cat needs an image and a path, e.g. baseline cat debian:12 /etc/os-release' }
  const layer = values.find(([name]) => name === '--layer')?.[1]
  if (layer !== undefined && !/^\d{1,5}$/.test(layer)) return { ok: false, error: `--layer needs a layer number from 0 (got ${layer})` }
  return { ok: true, command: { kind: 'cat', reference: rest[0] ?? '', path: rest[1] ?? '', layerIndex: layer === undefined ? null : Number(layer) } }
}
