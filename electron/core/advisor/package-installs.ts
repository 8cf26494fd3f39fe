import { memoizedSplit, words } from './build-lines'

/** What one install command names: packages by name, and sources the history does not show. */
export interface Install {
  tool: 'pip' | 'apt' | 'apk' | 'npm' | 'gem'
  packages: string[]
  /** Requirement files, local paths, lock files: "requirements.txt", "package-lock.json". */
  opaque: string[]
}

// pip options whose value is the next word; a requirements or constraints file is opaque.
const PIP_VALUE_OPTIONS = new Set([
  '-c', '--constraint', '-i', '--index-url', '--extra-index-url', '-f', '--find-links', '-t', '--target',
  '--prefix', '--root', '--trusted-host', '--platform', '--python-version', '--implementation', '--abi',
  '--progress-bar', '--cache-dir', '--src', '--log', '--only-binary', '--no-binary', '--python',
])

/** Reads one simple command (see shellCommands); null when it installs nothing. Remembered: several rules ask of the same command. */
export const readInstall: (command: string) => Install | null = memoizedSplit((command) => {
  const argv = withoutPrefix(words(command))
  return pipInstall(argv) ?? pythonProjectInstall(argv) ?? systemInstall(argv) ?? npmInstall(argv) ?? gemInstall(argv)
})

/** Drops what comes before the program: VAR=x assignments, sudo, env, DEBIAN_FRONTEND=… */
function withoutPrefix(argv: string[]): string[] {
  let index = 0
  while (index < argv.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(argv[index] ?? '') || ['sudo', 'env', 'exec'].includes(argv[index] ?? ''))) {
    index += 1
  }
  return argv.slice(index)
}

function pipInstall(argv: string[]): Install | null {
  const at = pipCommandEnd(argv)
  if (at === null) return null
  const packages: string[] = []
  const opaque: string[] = []
  const args = argv.slice(at)
  for (let index = 0; index < args.length; index += 1) {
    const arg = args[index] ?? ''
    if (arg === '-r' || arg === '--requirement' || arg === '-e' || arg === '--editable') {
      opaque.push(args[index + 1] ?? arg)
      index += 1
    } else if (/^--(requirement|editable)=/.test(arg)) opaque.push(arg.slice(arg.indexOf('=') + 1))
    else if (PIP_VALUE_OPTIONS.has(arg)) index += 1
    else if (arg.startsWith('-')) continue
    else if (/^[.~/]|\.whl$|\.tar\.gz$|\.zip$|^git\+|:\/\//.test(arg) || arg.includes('/')) opaque.push(arg)
    else packages.push(pipName(arg))
  }
  return { tool: 'pip', packages, opaque }
}

/** The index just after "install" of pip / pip3 / python -m pip / uv pip; null when not one. */
function pipCommandEnd(argv: string[]): number | null {
  const program = (argv[0] ?? '').split('/').pop() ?? ''
  let at = -1
  if (/^pip(3(\.\d+)?)?$/.test(program)) at = 1
  else if (/^python(3(\.\d+)?)?$/.test(program) && argv[1] === '-m' && argv[2] === 'pip') at = 3
  else if (program === 'uv' && argv[1] === 'pip') at = 2
  if (at < 0) return null
  while (at < argv.length && (argv[at] ?? '').startsWith('-')) at += 1
  return argv[at] === 'install' ? at + 1 : null
}

/** "psycopg2-binary[pool]>=2.9" -> "psycopg2-binary"; names compare as PyPI normalises them. */
function pipName(spec: string): string {
  return (spec.split(/[<>=!~;@\s]/)[0] ?? spec).split('[', 1)[0]!.toLowerCase().replace(/[_.]+/g, '-')
}

/** poetry install, pipenv install, uv sync, pdm install: what they install is in a lock file. */
function pythonProjectInstall(argv: string[]): Install | null {
  const [program = '', verb = ''] = argv
  const lockFiles: Record<string, string> = { poetry: 'poetry.lock', pipenv: 'Pipfile.lock', pdm: 'pdm.lock', uv: 'uv.lock' }
  const lock = lockFiles[program]
  if (lock === undefined) return null
  if (verb === 'install' || verb === 'sync') return { tool: 'pip', packages: [], opaque: [lock] }
  return null
}

function systemInstall(argv: string[]): Install | null {
  const program = (argv[0] ?? '').split('/').pop() ?? ''
  const tool = program === 'apt-get' || program === 'apt' || program === 'aptitude' ? 'apt' : program === 'apk' ? 'apk' : null
  if (tool === null) return null
  const verb = tool === 'apt' ? 'install' : 'add'
  const at = argv.indexOf(verb)
  if (at < 0) return null
  const packages = argv.slice(at + 1).filter((arg, index, all) => !arg.startsWith('-') && !isOptionValue(all, index))
  return { tool, packages: packages.map((name) => name.split(/[=<>]/, 1)[0] ?? name), opaque: [] }
}

// apk's --virtual .build-deps names a group, not a package.
function isOptionValue(args: readonly string[], index: number): boolean {
  const previous = args[index - 1] ?? ''
  return previous === '--virtual' || previous === '-t' || previous === '--repository' || previous === '-X'
}

function npmInstall(argv: string[]): Install | null {
  const [program = '', verb = ''] = argv
  const managers = new Set(['npm', 'yarn', 'pnpm'])
  if (!managers.has(program)) return null
  if (!['install', 'i', 'add', 'ci'].includes(verb) && !(program === 'yarn' && verb === '')) return null
  const packages = argv.slice(2).filter((arg) => !arg.startsWith('-')).map((arg) => (arg.indexOf('@', 1) === -1 ? arg : arg.slice(0, arg.indexOf('@', 1))))
  return { tool: 'npm', packages, opaque: packages.length === 0 ? ['package-lock.json'] : [] }
}

function gemInstall(argv: string[]): Install | null {
  const [program = '', verb = ''] = argv
  if (program === 'bundle' && (verb === 'install' || verb === '')) return { tool: 'gem', packages: [], opaque: ['Gemfile.lock'] }
  if (program !== 'gem' || verb !== 'install') return null
  return { tool: 'gem', packages: argv.slice(2).filter((arg) => !arg.startsWith('-')), opaque: [] }
}
