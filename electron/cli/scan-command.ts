import type { ErrorPayload, Reply } from '../../shared/contract'
import type { LayerScan } from '../../shared/model'
import { formatScan } from './format-scan'
import { createProgressBar } from './scan-progress'

export type ScanProgress = (phase: string, done: number, total: number | null) => void

export interface ScanBackend {
  /** The file-level scan of one image: layers.scan as an operation, its progress events, then layers.get. */
  /** `platform`: one platform of a multi-platform image; null for the engine's own. */
  scan(reference: string, onProgress: ScanProgress, platform?: string | null): Promise<Reply<LayerScan>>
}

export interface ScanIo {
  stdout(text: string): Promise<void>
  stderr(text: string): Promise<void>
  /** Terminal width when stdout is a terminal; null when piped. */
  columns: number | null
  /** Terminal width when stderr is a terminal: only then is a progress bar drawn. */
  stderrColumns: number | null
}

/** `baseline scan IMAGE [--json]`: the scan on stdout, a progress bar on a terminal's stderr. */
export async function runScan(
  command: { reference: string; json: boolean; platform?: string | null },
  backend: ScanBackend,
  io: ScanIo,
  fail: (errors: ErrorPayload[]) => Promise<number>,
): Promise<number> {
  const bar = io.stderrColumns === null ? null : createProgressBar(io.stderr, io.stderrColumns)
  const reply = await backend.scan(command.reference, (phase, done, total) => bar?.update(phase, done, total), command.platform ?? null)
  await bar?.clear()
  if (!reply.ok) return fail([reply.error])
  await io.stdout(command.json ? `${JSON.stringify(reply.value, null, 2)}\n` : formatScan(reply.value, command.reference, io.columns))
  return 0
}
