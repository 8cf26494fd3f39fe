import type { MethodName, Reply, RequestOf, ResponseOf, ErrorPayload } from '../../shared/contract'
import type { DockerfileAnalysis, ImageAnalysis, ImageDetail } from '../../shared/model'
import type { Dispatch } from '../core/api/dispatch'
import { mapConcurrent } from '../core/images/map-concurrent'
import { failureLine, unreachableFrom, unreachableLines, type Unreachable } from './format-errors'
import { formatAdvice } from './format-advice'
import { formatAnalysis, formatLineage } from './format-analysis'
import { formatDockerfileAnalysis } from './format-dockerfile'
import { formatImageList } from './format-images'
import { formatImageDetail, toCliJson } from './format-inspect'
import { HELP, parseArgs, type CliCommand } from './parse-args'
import type { UiCommand } from './parse-ui-args'
import { runReport, type ReportBackend } from './report-command'
import { runSbom } from './sbom-command'
import { runScan, type ScanBackend } from './scan-command'
import { runCat, type CatBackend } from './cat-command'

/** Everything the CLI touches outside itself, so a test can run it without a process. */
export interface CliIo {
  stdout(text: string): Promise<void>
  stderr(text: string): Promise<void>
  /** Terminal width when stdout is a terminal; null when piped (nothing is cut). */
  columns: number | null
  version: string
  now(): Date
  /** Raw bytes to stdout (`cat`); absent where only text is written. */
  stdoutBytes?(bytes: Uint8Array): Promise<void>
  /** Terminal width when stderr is a terminal (`scan` then draws a progress bar); null or absent: no bar. */
  stderrColumns?: number | null
  /** Where `report -o` and .baseline.yml are found from; process.cwd() when absent. */
  cwd?: string
  /** For `report --format pdf` (BASELINE_CHROMIUM, PATH); process.env when absent. */
  env?: NodeJS.ProcessEnv
}

/** The core behind the dispatcher, opened only for commands that need the engine. */
export interface CliBackend extends ReportBackend, ScanBackend, CatBackend {
  dispatch: Dispatch
  /** Many analyses over one listing of the engine, through images.analyzeMany. */
  analyzeMany(references: string[] | 'all'): Promise<Reply<ImageAnalysis[]>>
  /** A Dockerfile read from a path the user typed (the contract carries bytes, not paths). */
  analyzeDockerfile(path: string): Promise<Reply<DockerfileAnalysis>>
  dispose(): Promise<void>
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_USAGE = 2

// Two requests per image: enough to finish 50 inspections in one round trip's time or so.
const INSPECT_CONCURRENCY = 16

/** The dispatcher checks the request and the handler is typed by the contract, so the cast holds. */
function call<M extends MethodName>(backend: CliBackend, method: M, request: RequestOf<M>): Promise<Reply<ResponseOf<M>>> {
  return backend.dispatch(method, request) as Promise<Reply<ResponseOf<M>>>
}

const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`

/**
 * `ui` serves until stopped and opens its own core (with events and a report shell), so it does
 * not go through the one-shot backend; absent, `ui` is refused (tests that never serve).
 */
export type RunUi = (command: UiCommand) => Promise<number>

export async function runCli(argv: string[], io: CliIo, openBackend: () => Promise<CliBackend>, runUi?: RunUi): Promise<number> {
  const parsed = parseArgs(argv)
  if (!parsed.ok) {
    await io.stderr(`baseline: ${parsed.error}\nRun 'baseline --help' for usage.\n`)
    return EXIT_USAGE
  }
  const { command } = parsed
  if (command.kind === 'help') return io.stdout(HELP).then(() => EXIT_OK)
  if (command.kind === 'version') return io.stdout(`baseline ${io.version}\n`).then(() => EXIT_OK)
  if (command.kind === 'ui') {
    if (runUi) return runUi(command)
    return io.stderr('baseline: ui is not available here\n').then(() => EXIT_FAILURE)
  }

  const backend = await openBackend()
  try {
    switch (command.kind) {
      case 'images':
        return await images(backend, io, command.json)
      case 'inspect':
        return await inspect(backend, io, command.references, command.json, command.platform)
      case 'analyze':
        return await analyze(backend, io, command.all ? 'all' : command.references, command.json, command.platform)
      case 'lineage':
        return await lineage(backend, io, command.json)
      case 'suggest':
        return await suggest(backend, io, command)
      case 'dockerfile':
        return await dockerfile(backend, io, command.path, command.json)
      case 'scan':
        return await runScan(command, backend, { ...io, stderrColumns: io.stderrColumns ?? null }, (errors) => fail(backend, io, errors))
      case 'sbom': {
        const sbomIo = { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd ?? process.cwd(), stderrColumns: io.stderrColumns ?? null }
        return await runSbom(command, backend, sbomIo, (errors) => fail(backend, io, errors))
      }
      case 'cat': {
        const stdoutBytes = io.stdoutBytes ?? ((bytes: Uint8Array) => io.stdout(Buffer.from(bytes).toString('utf8')))
        return await runCat(command, backend, { stdoutBytes, stderr: io.stderr }, (errors) => fail(backend, io, errors))
      }
      case 'report': {
        const reportIo = { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd ?? process.cwd(), env: io.env ?? process.env }
        return await runReport(command, backend, reportIo, (errors) => fail(backend, io, errors))
      }
    }
  } finally {
    await backend.dispose()
  }
}

async function images(backend: CliBackend, io: CliIo, asJson: boolean): Promise<number> {
  const reply = await call(backend, 'images.list', {})
  if (!reply.ok) return fail(backend, io, [reply.error])
  await io.stdout(asJson ? json(reply.value) : formatImageList(reply.value, io.now()))
  return EXIT_OK
}

/** The request for one image, its platform only when one was asked for (the guard refuses a bad one). */
function withPlatform(reference: string, platform: string | null): { reference: string; platform?: string } {
  return platform === null ? { reference } : { reference, platform }
}

/**
 * Every image is fetched at once in this one process. Like `docker inspect`, what was found is
 * printed and each image that was not gets its own line on stderr.
 */
async function inspect(backend: CliBackend, io: CliIo, references: string[], asJson: boolean, platform: string | null): Promise<number> {
  const replies = await mapConcurrent(references, INSPECT_CONCURRENCY, (reference) => call(backend, 'images.get', withPlatform(reference, platform)))
  const found = replies.flatMap((reply) => (reply.ok ? [reply.value] : []))
  const errors = replies.flatMap((reply) => (reply.ok ? [] : [reply.error]))
  if (errors.some((error) => error.code === 'DOCKER_UNREACHABLE')) return fail(backend, io, errors)
  if (found.length > 0) await io.stdout(asJson ? inspectJson(found, references.length) : inspectText(found, io))
  return errors.length > 0 ? fail(backend, io, errors) : EXIT_OK
}

/** One image: one JSON object; several or --all: an array, analysed over one listing. */
async function analyze(backend: CliBackend, io: CliIo, references: string[] | 'all', asJson: boolean, platform: string | null): Promise<number> {
  const reply = references !== 'all' && references.length === 1
    ? await call(backend, 'images.analyze', withPlatform(references[0] ?? '', platform))
    : await backend.analyzeMany(references)
  if (!reply.ok) return fail(backend, io, [reply.error])
  const analyses = Array.isArray(reply.value) ? reply.value : [reply.value]
  if (asJson) await io.stdout(json(Array.isArray(reply.value) ? analyses : analyses[0]))
  else await io.stdout(analyses.map((analysis) => formatAnalysis(analysis, io.columns)).join('\n'))
  return EXIT_OK
}

async function suggest(backend: CliBackend, io: CliIo, command: Extract<CliCommand, { kind: 'suggest' }>): Promise<number> {
  const request = { reference: command.reference, debugInProduction: command.debugInProduction }
  const reply = command.from ? await call(backend, 'variants.suggest', request) : await call(backend, 'images.suggest', request)
  if (!reply.ok) return fail(backend, io, [reply.error])
  await io.stdout(command.json ? json(reply.value) : formatAdvice(reply.value))
  return EXIT_OK
}

async function dockerfile(backend: CliBackend, io: CliIo, path: string, asJson: boolean): Promise<number> {
  const reply = await backend.analyzeDockerfile(path)
  if (!reply.ok) return fail(backend, io, [reply.error])
  await io.stdout(asJson ? json(reply.value) : formatDockerfileAnalysis(reply.value))
  return EXIT_OK
}

async function lineage(backend: CliBackend, io: CliIo, asJson: boolean): Promise<number> {
  const reply = await call(backend, 'images.lineage', {})
  if (!reply.ok) return fail(backend, io, [reply.error])
  await io.stdout(asJson ? json(reply.value) : formatLineage(reply.value))
  return EXIT_OK
}

function inspectJson(found: ImageDetail[], asked: number): string {
  const documents = found.map(toCliJson)
  return json(asked === 1 ? documents[0] : documents)
}

function inspectText(found: ImageDetail[], io: CliIo): string {
  return found.map((detail) => formatImageDetail(detail, io.now(), io.columns)).join('\n')
}

/** One line per failure; an unreachable engine is explained once, with every endpoint tried. */
async function fail(backend: CliBackend, io: CliIo, errors: ErrorPayload[]): Promise<number> {
  const unreachable = errors.find((error) => error.code === 'DOCKER_UNREACHABLE')
  const lines = unreachable
    ? unreachableLines(await whyUnreachable(backend, unreachable), unreachable.message)
    : errors.map(failureLine)
  await io.stderr(`${lines.join('\n')}\n`)
  return EXIT_FAILURE
}

/** The error should carry the attempts; the engine status, already known by now, fills any gap. */
async function whyUnreachable(backend: CliBackend, error: ErrorPayload): Promise<Unreachable | null> {
  const fromError = unreachableFrom(error.details)
  if (fromError !== null && fromError.hint !== null) return fromError
  const status = await call(backend, 'engine.status', {})
  if (status.ok && status.value.state === 'unreachable') {
    return { attempts: fromError?.attempts ?? status.value.attempts, hint: status.value.hint }
  }
  return fromError
}
