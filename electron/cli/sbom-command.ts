import { resolve } from 'node:path'
import type { ErrorPayload, Reply, ResponseOf } from '../../shared/contract'
import type { Dispatch } from '../core/api/dispatch'
import { writeAtomically } from '../core/files/write-atomically'
import { REPORT_FILE_MODE } from '../core/report'
import type { ScanBackend } from './scan-command'
import { createProgressBar } from './scan-progress'

export interface SbomCommand {
  kind: 'sbom'
  reference: string
  /** null: standard output. */
  output: string | null
}

export interface SbomBackend extends ScanBackend {
  dispatch: Dispatch
}

export interface SbomIo {
  stdout(text: string): Promise<void>
  stderr(text: string): Promise<void>
  cwd: string
  stderrColumns: number | null
}

/**
 * `baseline sbom IMAGE [-o FILE]`: scans the image (from the cache when it was scanned before),
 * then writes its packages as CycloneDX 1.6 JSON to FILE, or to stdout.
 */
export async function runSbom(command: SbomCommand, backend: SbomBackend, io: SbomIo, fail: (errors: ErrorPayload[]) => Promise<number>): Promise<number> {
  const bar = io.stderrColumns === null ? null : createProgressBar(io.stderr, io.stderrColumns)
  const scanned = await backend.scan(command.reference, (phase, done, total) => bar?.update(phase, done, total))
  await bar?.clear()
  if (!scanned.ok) return fail([scanned.error])
  const reply = (await backend.dispatch('packages.sbom', { reference: command.reference })) as Reply<ResponseOf<'packages.sbom'>>
  if (!reply.ok) return fail([reply.error])
  if (command.output === null) {
    await io.stdout(reply.value.content)
    return 0
  }
  const path = resolve(io.cwd, command.output)
  await writeAtomically(path, reply.value.content, REPORT_FILE_MODE)
  const components = (JSON.parse(reply.value.content) as { components: unknown[] }).components.length
  await io.stderr(`Wrote ${path}: CycloneDX 1.6, ${components.toLocaleString('en')} components\n`)
  return 0
}

/** `sbom IMAGE [-o FILE]`: one image, and only the output option of the report's. */
export function parseSbomArgs(rest: string[], values: [string, string][]): { ok: true; command: SbomCommand } | { ok: false; error: string } {
  if (rest.length !== 1 || rest[0]?.trim() === '') return { ok: false, error: 'sbom needs one image: a name, a tag or an ID' }
  const foreign = values.find(([name]) => name !== '-o' && name !== '--output')
  if (foreign !== undefined) return { ok: false, error: `${foreign[0]} does not go with sbom` }
  const output = values.filter(([name]) => name === '-o' || name === '--output').at(-1)?.[1] ?? null
  if (output !== null && output.trim() === '') return { ok: false, error: '-o needs a file name' }
  return { ok: true, command: { kind: 'sbom', reference: rest[0] ?? '', output } }
}
