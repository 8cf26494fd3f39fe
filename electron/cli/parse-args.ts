import { CAT_VALUE_OPTIONS, parseCatArgs, type CatCommand } from './parse-cat-args'
import { parseUiArgs, UI_FLAGS, UI_VALUE_OPTIONS, type UiCommand } from './parse-ui-args'
import { parseSbomArgs, type SbomCommand } from './sbom-command'
import { parseReportArgs, REPORT_FLAGS, REPORT_VALUE_OPTIONS, type OptionValue, type ReportCommand } from './parse-report-args'

/** What the command line asked for. Parsed by hand: two commands do not justify a dependency. */
export type CliCommand =
  | ReportCommand
  | CatCommand
  | UiCommand
  | SbomCommand
  | { kind: 'help' }
  | { kind: 'version' }
  | { kind: 'images'; json: boolean }
  | { kind: 'inspect'; references: string[]; json: boolean; platform: string | null }
  | { kind: 'analyze'; references: string[]; all: boolean; json: boolean; platform: string | null }
  | { kind: 'lineage'; json: boolean }
  | { kind: 'suggest'; reference: string; from: boolean; debugInProduction: boolean; json: boolean }
  | { kind: 'dockerfile'; path: string; json: boolean }
  | { kind: 'scan'; reference: string; json: boolean; platform: string | null }

export type ParsedArgs = { ok: true; command: CliCommand } | { ok: false; error: string }

const COMMANDS = ['images', 'inspect', 'analyze', 'lineage', 'suggest', 'dockerfile', 'report', 'scan', 'sbom', 'cat', 'ui'] as const
const FLAGS = ['--json', '--all', '--from', '--debug-in-production', ...REPORT_FLAGS, ...UI_FLAGS]
/** Options followed by a value (`--format html`, `-o FILE`) or joined to it (`--format=html`). */
const VALUE_OPTIONS = [...REPORT_VALUE_OPTIONS, ...UI_VALUE_OPTIONS, ...CAT_VALUE_OPTIONS, '--platform']
/** `--platform linux/arm64`: one platform of a multi-platform image, for the commands that read one image. */
const PLATFORM_COMMANDS = ['inspect', 'analyze', 'scan']

function usageError(error: string): ParsedArgs {
  return { ok: false, error }
}

interface SplitArgs {
  options: string[]
  positionals: string[]
  values: OptionValue[]
  /** A value option at the very end, with nothing after it. */
  missingValue: string | null
}

/** Splits argv (without node and the script) into options, their values and positionals; `--` ends options. */
function split(argv: string[]): SplitArgs {
  const split: SplitArgs = { options: [], positionals: [], values: [], missingValue: null }
  let optionsEnded = false
  for (let index = 0; index < argv.length; index += 1) {
    const arg = argv[index] ?? ''
    const joined = /^(--[^=]+)=(.*)$/s.exec(arg)
    if (!optionsEnded && arg === '--') optionsEnded = true
    else if (!optionsEnded && joined && VALUE_OPTIONS.includes(joined[1] ?? '')) split.values.push([joined[1] ?? '', joined[2] ?? ''])
    else if (!optionsEnded && VALUE_OPTIONS.includes(arg)) {
      const value = argv[index + 1]
      if (value === undefined) split.missingValue ??= arg
      else split.values.push([arg, value])
      index += 1
    } else if (!optionsEnded && arg.startsWith('-') && arg !== '-') split.options.push(arg)
    else split.positionals.push(arg)
  }
  return split
}

export function parseArgs(argv: string[]): ParsedArgs {
  const { options, positionals, values: allValues, missingValue } = split(argv)
  const values = allValues.filter(([name]) => name !== '--platform')
  const platform = allValues.filter(([name]) => name === '--platform').at(-1)?.[1] ?? null
  // Help wins over everything else, as in git and docker: `baseline inspect --help` helps.
  if (options.includes('--help') || options.includes('-h') || positionals[0] === 'help') {
    return { ok: true, command: { kind: 'help' } }
  }
  if (options.includes('--version') || options.includes('-v') || positionals[0] === 'version') {
    return { ok: true, command: { kind: 'version' } }
  }
  const unknown = options.find((option) => !FLAGS.includes(option))
  if (unknown !== undefined) return usageError(`unknown option: ${unknown}`)
  if (missingValue !== null) return usageError(`${missingValue} needs a value`)
  const json = options.includes('--json')
  const all = options.includes('--all')

  const [command, ...rest] = positionals
  if (command === undefined) {
    return json ? usageError('--json goes with a command: images, inspect, analyze, lineage, suggest or dockerfile') : { ok: true, command: { kind: 'help' } }
  }
  if (!(COMMANDS as readonly string[]).includes(command)) return usageError(`unknown command: ${command}`)
  if (platform !== null && !PLATFORM_COMMANDS.includes(command)) return usageError('--platform goes with inspect, analyze or scan')
  if (platform !== null && options.includes('--all')) return usageError('--platform goes with one image, not --all')
  const uiOnly = [...values.map(([name]) => name), ...options].find((name) => UI_VALUE_OPTIONS.includes(name) || UI_FLAGS.includes(name))
  if (command === 'ui') {
    const foreign = options.find((option) => !UI_FLAGS.includes(option))
    if (foreign !== undefined) return usageError(`${foreign} does not go with ui`)
    return parseUiArgs(rest, options, values)
  }
  if (uiOnly !== undefined) return usageError(`${uiOnly} goes with ui`)
  if (command === 'sbom') {
    const flag = options.find((option) => option !== '--json')
    return flag === undefined ? parseSbomArgs(rest, values) : usageError(`${flag} does not go with sbom`)
  }
  if (command === 'cat') return parseCatArgs(rest, options, values)
  if (values.some(([name]) => CAT_VALUE_OPTIONS.includes(name))) return usageError('--layer goes with cat')
  if (command === 'report') return parseReportArgs(rest, options.filter((option) => REPORT_FLAGS.includes(option)), values)
  const reportOnly = [...values.map(([name]) => name), ...options.filter((option) => REPORT_FLAGS.includes(option))][0]
  if (reportOnly !== undefined) return usageError(`${reportOnly} goes with report`)
  if (all && command !== 'analyze') return usageError('--all goes with analyze')
  const from = options.includes('--from')
  const debugInProduction = options.includes('--debug-in-production')
  if ((from || debugInProduction) && command !== 'suggest') return usageError(`${from ? '--from' : '--debug-in-production'} goes with suggest`)
  if (command === 'suggest') {
    if (rest.length !== 1 || rest[0]?.trim() === '') {
      return usageError(from ? 'suggest --from needs one image reference, e.g. python:3.12' : 'suggest needs one image: a name, a tag or an ID')
    }
    return { ok: true, command: { kind: 'suggest', reference: rest[0] ?? '', from, debugInProduction, json } }
  }
  if (command === 'scan') {
    if (rest.length !== 1 || rest[0]?.trim() === '') return usageError('scan needs one image: a name, a tag or an ID')
    return { ok: true, command: { kind: 'scan', reference: rest[0] ?? '', json, platform } }
  }
  if (command === 'dockerfile') {
    if (rest.length !== 1 || rest[0]?.trim() === '') return usageError('dockerfile needs one file, e.g. baseline dockerfile ./Dockerfile')
    return { ok: true, command: { kind: 'dockerfile', path: rest[0] ?? '', json } }
  }
  if (command === 'images' || command === 'lineage') {
    return rest.length > 0 ? usageError(`${command} takes no arguments (got ${rest.join(' ')})`) : { ok: true, command: { kind: command, json } }
  }
  if (command === 'analyze') {
    if (all && rest.length > 0) return usageError('analyze takes images or --all, not both')
    if (!all && rest.length === 0) return usageError('analyze needs an image (a name, a tag or an ID) or --all')
    if (platform !== null && rest.length > 1) return usageError('--platform goes with one image')
    return { ok: true, command: { kind: 'analyze', references: rest, all, json, platform } }
  }
  if (rest.length === 0) return usageError('inspect needs at least one image: a name, a tag or an ID')
  return { ok: true, command: { kind: 'inspect', references: rest, json, platform } }
}

export const HELP = `Usage: baseline <command> [options]

Understand the Docker images on this machine: layers, history, sizes, bases and pinning.

Commands:
  images                   List images: one row per tag, with size and layer count
  inspect IMAGE [IMAGE...] Show an image's build steps aligned with its layers
  analyze IMAGE [IMAGE...] What an image inherits: its base and the base's base with the evidence,
                           which layers are the base's, how the base is pinned, whether it moved
  analyze --all            The same for every local image (one JSON array)
  lineage                  Every local image as a tree by shared layers, with total and own sizes
  suggest IMAGE            Smaller variants of the image's base side by side: size and delta, libc,
                           shell, package manager, debug ease, caveats, and the FROM line to write
  suggest --from REF       The same for a reference, e.g. python:3.12 (works without an engine)
  dockerfile PATH          A Dockerfile before it is built: its stages, how every FROM is pinned, the
                           final base's OS and variant, findings by line, smaller bases, and a
                           suggested improved Dockerfile as a diff (works without an engine)
  scan IMAGE               Every layer's files from the image's export (streamed, nothing extracted):
                           sizes, what each layer adds, changes and deletes, the bytes wasted and
                           why, efficiency, and what the final filesystem holds (OS, libc, packages,
                           runtimes, compilers, shell); a progress bar on stderr in a terminal
  sbom IMAGE [-o FILE]     The image's packages (dpkg, apk, Python, Node; scanned first, or from the
                           cache) as a CycloneDX 1.6 JSON SBOM, to FILE or stdout
  cat IMAGE PATH           A file's bytes as the image holds it (symlinks followed), raw on stdout
    [--layer N]            so it can be piped; as of layer N (0 = the bottom one); first 1 MiB
  ui                       The whole app in your browser: serves it on 127.0.0.1, prints the address
                           (with this session's secret) and opens the default browser; Ctrl+C stops it
  report IMAGE [IMAGE...]  Compare images side by side (size, own vs base bytes, shared layers, base
                           and hierarchy, pinning, OS and libc, recommended variant) as a report;
                           a name not on this machine but in the catalogue becomes a catalogue column

Options:
  --json          Print JSON instead of a table (inspect: history newest first, like docker history;
                  dockerfile: the whole analysis, suggestedDockerfile included)
  --debug-in-production   (suggest) People open shells in these containers: keep slim over distroless
  --platform OS/ARCH  (inspect, analyze, scan) One platform of a multi-platform image, e.g. linux/arm64;
                  by default the engine's own. One the image lists but this machine lacks is said so.
  -h, --help      Show this help
  -v, --version   Show the version

UI options:
  --port N        Listen on port N (default 4780, or the next free port after it, said plainly)
  --host ADDRESS  Listen on ADDRESS instead of 127.0.0.1 (with a warning: others can then reach it)
  --no-open       Print the address only; no browser is opened (none is without DISPLAY/WAYLAND_DISPLAY)

Report options:
  --format FORMAT html | pdf | md | json | csv (default: from -o's extension, else md)
  -o, --output FILE  Write the report to FILE (atomically); without it, text formats go to stdout.
                  pdf needs -o and a local Chromium: BASELINE_CHROMIUM, else chromium,
                  chromium-browser or google-chrome on PATH
  --ci            Judge every image and exit 1 when a check fails (0: all pass, 2: usage/config
                  error); one line per failure names the image, the check, the value and the limit.
                  Checks come from the flags below laid over .baseline.yml in the current folder
                  (or --config FILE), whose keys are the flag names: max-size: 200MB …
  --max-size SIZE        The image may be at most SIZE (200MB, 1.5GB, 512MiB)
  --max-own-size SIZE    The bytes the image adds over its base may be at most SIZE
  --require-pinned-base  The base must be pinned to a version or a digest (not latest/lts/none)
  --min-pinning CLASS    The base is pinned at least this firmly:
                         digest > exact > minor > major > floating-named > latest > none
  --forbid-full-base     The base must not be a full official image when a slim, alpine,
                         distroless (or JRE) variant of it exists
  --config FILE          Read the checks from FILE instead of .baseline.yml

The engine is found as the docker CLI finds it: DOCKER_HOST, then the current docker context,
then the usual sockets. Set BASELINE_DEBUG=1 to see stack traces of unexpected errors.
`
