import { readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { ErrorPayload, Reply } from '../../shared/contract'
import type { Comparison } from '../../shared/model'
import type { Catalog } from '../core/catalog/catalog'
import { writeAtomically } from '../core/files/write-atomically'
import { renderHtml, renderReport, REPORT_FILE_MODE } from '../core/report'
import { CONFIG_FILE, parseCiConfig } from './ci/ci-config'
import { failureLine, judge } from './ci/judge'
import { hasAnyThreshold, type ThresholdResult } from './ci/thresholds'
import { findChromium, printPdf } from '../core/report/chromium-pdf'
import type { CiRequest, ReportCommand } from './parse-report-args'

export interface ReportIo {
  stdout(text: string): Promise<void>
  stderr(text: string): Promise<void>
  cwd: string
  env: NodeJS.ProcessEnv
}

export interface ReportBackend {
  /** Any number of images from one (the contract's images.compare wants two: CI judges one). */
  compare(references: string[]): Promise<Reply<Comparison>>
  catalog(): Catalog
}

const EXIT_OK = 0
const EXIT_FAILURE = 1
const EXIT_USAGE = 2

/**
 * `baseline report`: compare, write the report (a file, or stdout for text formats) and, with --ci,
 * judge every image: 0 all pass, 1 a check failed (or the report could not be made), 2 usage/config.
 */
export async function runReport(
  command: ReportCommand,
  backend: ReportBackend,
  io: ReportIo,
  fail: (errors: ErrorPayload[]) => Promise<number>,
): Promise<number> {
  const thresholds = command.ci ? await ciThresholds(command.ci, io.cwd) : null
  if (thresholds && !thresholds.ok) {
    await io.stderr(`baseline: ${thresholds.error}\n`)
    return EXIT_USAGE
  }
  const reply = await backend.compare(command.references)
  if (!reply.ok) return fail([reply.error])
  const written = await writeReport(command, reply.value, io)
  if (written !== EXIT_OK || thresholds === null) return written
  const failures = judge(reply.value.images, thresholds.thresholds, backend.catalog())
  // The verdict goes where the report does not: CI logs show both streams.
  const say = command.format !== null && command.output === null ? io.stderr : io.stdout
  const names = reply.value.images.map((image) => image.reference).join(', ')
  await say(failures.length === 0 ? `PASS ${names}: every check passed\n` : `${failures.map(failureLine).join('\n')}\n`)
  return failures.length === 0 ? EXIT_OK : EXIT_FAILURE
}

async function writeReport(command: ReportCommand, comparison: Comparison, io: ReportIo): Promise<number> {
  const { format, output } = command
  if (format === null) return EXIT_OK
  if (format === 'pdf') {
    const chromium = findChromium(io.env)
    if (!chromium.ok) {
      await io.stderr(`baseline: ${chromium.error}\n`)
      return EXIT_FAILURE
    }
    const pdf = await printPdf(chromium.path, renderHtml(comparison))
    await writeAtomically(resolve(io.cwd, output ?? 'report.pdf'), pdf, REPORT_FILE_MODE)
    return EXIT_OK
  }
  const { content } = renderReport(comparison, format)
  if (output === null) await io.stdout(content)
  else await writeAtomically(resolve(io.cwd, output), content, REPORT_FILE_MODE)
  return EXIT_OK
}

/** The config file (named, or .baseline.yml when present) with the flags laid over it. */
async function ciThresholds(request: CiRequest, cwd: string): Promise<ThresholdResult> {
  const path = request.config === null ? join(cwd, CONFIG_FILE) : resolve(cwd, request.config)
  let text: string | null = null
  try {
    text = await readFile(path, 'utf8')
  } catch (error) {
    // Only a file the user named must exist; .baseline.yml is optional.
    if (request.config !== null) return { ok: false, error: `cannot read --config ${request.config}: ${(error as Error).message}` }
  }
  const fromFile = text === null ? { ok: true as const, thresholds: {} } : parseCiConfig(text, request.config ?? CONFIG_FILE)
  if (!fromFile.ok) return fromFile
  const thresholds = { ...fromFile.thresholds, ...request.flags }
  if (!hasAnyThreshold(thresholds)) {
    return { ok: false, error: `--ci needs at least one check: a flag such as --max-size 200MB, or a ${CONFIG_FILE}` }
  }
  return { ok: true, thresholds }
}
