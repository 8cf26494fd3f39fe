import type { FileFacts, OsRelease } from '../../../shared/model'
import { COMPILER_RULES, GLIBC_FILE, HEADER_PATH, MUSL_LOADER, RUNTIME_RULES, SHELL_PATHS, type RuntimeRule } from './fact-rules'
import type { FileTrie, TrieNode } from './file-trie'
import type { RawLayer } from './raw-layer'
import { resolvePath } from './resolve-link'

export interface FactsInput {
  final: FileTrie
  /** The layers in image order: what they read of a file is found by the visible copy's layer. */
  layers: readonly RawLayer[]
  /** The image config's Env ("PYTHON_VERSION=3.12.3"). */
  env: readonly string[]
}

/** Facts about the final filesystem only: a compiler a later layer deleted is not there. */
export function readFileFacts(input: FactsInput): FileFacts {
  const paths: [string, TrieNode][] = []
  for (const [path, node] of input.final.walk()) if (node.kind !== 'directory') paths.push([path, node])
  // A name counts only when it leads to a file: a dangling link or a loop named gcc is no compiler.
  const isReal = (path: string): boolean => isProgram(resolvePath(input.final, path)?.node)
  const real = (pattern: RegExp) => (path: string): boolean => pattern.test(path) && isReal(path)
  const text = (path: string): string | null => {
    const found = resolvePath(input.final, path)
    return found ? input.layers[found.node.layerIndex]?.texts.get(found.path) ?? null : null
  }
  return {
    osRelease: osReleaseOf(text('etc/os-release') ?? text('usr/lib/os-release')),
    libc: paths.some(([path]) => real(MUSL_LOADER)(path)) ? 'musl' : paths.some(([path]) => real(GLIBC_FILE)(path)) ? 'glibc' : 'none',
    packages: packagesOf(input),
    runtimes: runtimesOf(paths, envMap(input.env), text, isReal),
    compilers: compilersOf(paths, isReal),
    headers: headersOf(paths),
    shell: SHELL_PATHS.find((path) => isProgram(resolvePath(input.final, path)?.node)) ?? null,
  }
}

function isProgram(node: TrieNode | undefined): boolean {
  return node?.kind === 'file' || node?.kind === 'hardlink'
}

export function osReleaseOf(content: string | null): OsRelease | null {
  if (content === null) return null
  const values = new Map<string, string>()
  for (const line of content.split('\n')) {
    const match = /^([A-Z_]+)=(.*)$/.exec(line.trim())
    if (match) values.set(match[1] ?? '', (match[2] ?? '').replace(/^(["'])(.*)\1$/, '$2'))
  }
  return { id: values.get('ID') ?? null, versionId: values.get('VERSION_ID') ?? null, prettyName: values.get('PRETTY_NAME') ?? null }
}

function packagesOf(input: FactsInput): FileFacts['packages'] {
  const databases = [['dpkg', 'var/lib/dpkg/status'], ['apk', 'lib/apk/db/installed']] as const
  return databases.flatMap(([manager, path]) => {
    const node = input.final.find(path)
    const count = node?.kind === 'file' ? input.layers[node.layerIndex]?.packageCounts.get(path) : undefined
    return count === undefined ? [] : [{ manager, count }]
  })
}

function envMap(env: readonly string[]): Map<string, string> {
  return new Map(env.map((pair) => [pair.slice(0, Math.max(0, pair.indexOf('='))), pair.slice(pair.indexOf('=') + 1)]))
}

function runtimesOf(
  paths: [string, TrieNode][],
  env: Map<string, string>,
  text: (path: string) => string | null,
  isReal: (path: string) => boolean,
): FileFacts['runtimes'] {
  return RUNTIME_RULES.flatMap((rule) => {
    const found = paths.map(([path]) => path).filter((path) => rule.binary.test(path) && isReal(path))
    const path = found.sort((a, b) => rank(b) - rank(a) || b.length - a.length)[0]
    return path === undefined ? [] : [{ name: rule.name, version: versionOf(rule, path, env, text), path }]
  })
}

/** /usr/local/bin comes first on PATH in the official images; then the longer, versioned name (python3.12). */
const rank = (path: string): number => (path.startsWith('usr/local/') ? 1 : 0)

function versionOf(rule: RuntimeRule, path: string, env: Map<string, string>, text: (path: string) => string | null): string | null {
  const fromEnv = env.get(rule.env)
  if (fromEnv && (path.startsWith('usr/local/') || path.startsWith('opt/') || rule.name === 'java' || rule.name === 'go')) return fromEnv
  if (rule.name === 'go') {
    const version = text(path.replace(/bin\/go$/, 'VERSION'))?.split('\n')[0]?.trim()
    if (version) return version.replace(/^go/, '')
  }
  if (rule.name === 'java') {
    const release = text(path.replace(/(jre\/)?bin\/java$/, 'release'))
    const version = release ? /^JAVA_VERSION="?([^"\n]+)"?/m.exec(release)?.[1] : undefined
    if (version) return version
  }
  return rule.versionInName?.exec(path)?.[1] ?? fromEnv ?? null
}

function compilersOf(paths: [string, TrieNode][], isReal: (path: string) => boolean): FileFacts['compilers'] {
  const present = COMPILER_RULES.flatMap((rule) => {
    const at = paths.find(([path]) => rule.presence.test(path) && isReal(path))?.[0]
    return at === undefined ? [] : [{ name: rule.name, path: at, claims: rule.footprint(at), sizeBytes: 0 }]
  })
  if (present.length === 0) return []
  for (const [path, node] of paths) {
    if (node.kind !== 'file') continue
    const owner = present.find((compiler) => compiler.claims(path))
    if (owner) owner.sizeBytes += node.sizeBytes
  }
  return present.map(({ name, path, sizeBytes }) => ({ name, path, sizeBytes }))
}

function headersOf(paths: [string, TrieNode][]): FileFacts['headers'] {
  let fileCount = 0
  let sizeBytes = 0
  for (const [path, node] of paths) {
    if (node.kind === 'file' && HEADER_PATH.test(path)) {
      fileCount += 1
      sizeBytes += node.sizeBytes
    }
  }
  return { fileCount, sizeBytes }
}
