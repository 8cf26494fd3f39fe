import type { ReportFormat } from '../../shared/model'
import { readThresholds, type Thresholds } from './ci/thresholds'

/** `--ci`: thresholds from flags, merged over a config file (named, or .baseline.yml in the cwd). */
export interface CiRequest {
  flags: Thresholds
  /** --config FILE; null: look for .baseline.yml in the working folder. */
  config: string | null
}

export interface ReportCommand {
  kind: 'report'
  references: string[]
  /** null: --ci alone, no report written (only the verdict). */
  format: ReportFormat | null
  /** null: standard output (text formats only). */
  output: string | null
  ci: CiRequest | null
}

/** An option that took a value: `--format html`, `-o FILE`, `--max-size=200MB`. */
export type OptionValue = [name: string, value: string]

export const REPORT_VALUE_OPTIONS = ['--format', '-o', '--output', '--config', '--max-size', '--max-own-size', '--min-pinning']
export const REPORT_FLAGS = ['--ci', '--require-pinned-base', '--forbid-full-base']
const THRESHOLD_OPTIONS = ['--max-size', '--max-own-size', '--min-pinning', '--require-pinned-base', '--forbid-full-base']
const FORMATS: readonly ReportFormat[] = ['html', 'pdf', 'md', 'json', 'csv']
const EXTENSIONS: Record<string, ReportFormat> = { html: 'html', htm: 'html', pdf: 'pdf', md: 'md', markdown: 'md', json: 'json', csv: 'csv' }

type Parsed = { ok: true; command: ReportCommand } | { ok: false; error: string }

const last = (values: OptionValue[], ...names: string[]) =>
  values.filter(([name]) => names.includes(name)).at(-1)?.[1]

export function parseReportArgs(references: string[], flags: string[], values: OptionValue[]): Parsed {
  if (references.length === 0 || references.some((reference) => reference.trim() === '')) {
    return { ok: false, error: 'report needs images to compare, e.g. baseline report app:1.0 app:1.1 --format html -o report.html' }
  }
  const ci = flags.includes('--ci')
  const misplaced = [...flags, ...values.map(([name]) => name)].find((name) => THRESHOLD_OPTIONS.includes(name) || name === '--config')
  if (!ci && misplaced !== undefined) return { ok: false, error: `${misplaced} goes with --ci` }
  const output = last(values, '-o', '--output') ?? null
  if (output !== null && output.trim() === '') return { ok: false, error: '-o needs a file name' }
  const format = formatOf(last(values, '--format'), output, ci)
  if (!format.ok) return format
  if (format.value === 'pdf' && output === null) return { ok: false, error: 'a PDF report needs a file: add -o report.pdf' }
  let request: CiRequest | null = null
  if (ci) {
    const entries = THRESHOLD_OPTIONS.flatMap((option): [string, unknown, string][] => {
      const key = option.slice(2)
      if (flags.includes(option)) return [[key, true, option]]
      const value = last(values, option)
      return value === undefined ? [] : [[key, value, option]]
    })
    const thresholds = readThresholds(entries)
    if (!thresholds.ok) return thresholds
    request = { flags: thresholds.thresholds, config: last(values, '--config') ?? null }
  }
  return { ok: true, command: { kind: 'report', references, format: format.value, output, ci: request } }
}

/** --format wins; else the output file's extension; else Markdown on stdout (none with --ci alone). */
function formatOf(
  given: string | undefined,
  output: string | null,
  ci: boolean,
): { ok: true; value: ReportFormat | null } | { ok: false; error: string } {
  if (given !== undefined) {
    return (FORMATS as readonly string[]).includes(given)
      ? { ok: true, value: given as ReportFormat }
      : { ok: false, error: `--format must be one of ${FORMATS.join(', ')} (got ${given})` }
  }
  if (output === null) return { ok: true, value: ci ? null : 'md' }
  const extension = /\.([a-z]+)$/i.exec(output)?.[1]?.toLowerCase()
  const fromName = extension === undefined ? undefined : EXTENSIONS[extension]
  return fromName === undefined
    ? { ok: false, error: `say which format to write ${output} in: --format ${FORMATS.join('|')}` }
    : { ok: true, value: fromName }
}
