import { baseKindOfReference } from '../catalog/base-os'
import { execForm, isRun, words, type BuildLine } from './build-lines'
import { NEED_ROWS, type NeedId } from './decision-table'
import type { GlibcNeed } from './native-code'

const STATIC_FLAGS = /\bCGO_ENABLED=0\b|-extldflags[= ]+["']?-static|-ldflags[= ]+["'][^"']*-static\b|-linux-musl|\+crt-static/
const BINARY_DIR = /(?:^|\/)(?:bin|sbin|release|debug)\/[\w.+-]+$/
const NOT_BINARY = /\.(sh|bash|py|pyc|js|mjs|cjs|ts|rb|pl|php|jar|war|json|ya?ml|toml|conf|html|css|txt|md|so(\.\d+)*)$/

/** A stage of a Dockerfile as its lines show it: its FROM and its own lines. */
interface StageLines {
  from: string
  lines: BuildLine[]
}

function stagesOf(lines: readonly BuildLine[]): Map<string, StageLines> {
  const stages = new Map<string, StageLines>()
  for (const line of lines) {
    if (line.stageName === undefined) continue
    if (line.instruction === 'FROM') {
      const from = words(line.text)[1] ?? ''
      stages.set(line.stageName.toLowerCase(), { from, lines: [] })
    } else stages.get(line.stageName.toLowerCase())?.lines.push(line)
  }
  return stages
}

/** The external image a stage builds on, following FROM <stage>; its lines and its parents' lines. */
function rootOf(name: string, stages: Map<string, StageLines>): { reference: string; lines: BuildLine[] } | null {
  const lines: BuildLine[] = []
  let key = name.toLowerCase()
  for (let depth = 0; depth < 50; depth += 1) {
    const stage = stages.get(key)
    if (stage === undefined) return null
    lines.push(...stage.lines)
    const parent = stage.from.toLowerCase()
    if (!stages.has(parent)) return { reference: stage.from, lines }
    key = parent
  }
  return null
}

/** The programs the final stage runs: the first word of its last exec-form ENTRYPOINT and CMD. */
function programs(final: readonly BuildLine[]): string[] {
  return ['ENTRYPOINT', 'CMD'].flatMap((instruction) => {
    const line = [...final].reverse().find((item) => item.instruction === instruction)
    const first = line ? execForm(line.text)?.[0] : undefined
    return first ? [first] : []
  })
}

function isBinaryPath(path: string, run: readonly string[]): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  if (name === '' || NOT_BINARY.test(name)) return false
  return BINARY_DIR.test(path) || run.some((program) => program === path || program.endsWith(`/${name}`))
}

/**
 * Programs the final stage copies from a build stage on a glibc base (Debian, Ubuntu, distroless
 * cc/base), built with nothing that makes them static: each links glibc dynamically (issue 16,
 * class 1). A stage on Alpine or scratch, or one of unknown OS, says nothing.
 */
export function copiedGlibcBinaries(lines: readonly BuildLine[]): GlibcNeed[] {
  const stages = stagesOf(lines)
  const final = lines.filter((line) => line.stage === 'final')
  const run = programs(final)
  const needs: GlibcNeed[] = []
  for (const copy of final.filter((line) => line.instruction === 'COPY' || line.instruction === 'ADD')) {
    const from = /--from=(\S+)/.exec(copy.text)?.[1]
    const root = from === undefined ? null : rootOf(from, stages)
    if (root === null || !isGlibc(root.reference)) continue
    const argv = words(copy.text).slice(1).filter((word) => !word.startsWith('--'))
    const destination = argv[argv.length - 1] ?? ''
    const binaries = argv.slice(0, -1).filter((source) => isBinaryPath(source, run) || isBinaryPath(destination, run))
    if (binaries.length === 0 || root.lines.some((line) => STATIC_FLAGS.test(line.text))) continue
    const id = needOf(root.lines)
    needs.push({
      id,
      what: `copies ${binaries.join(', ')} from stage ${from} (${root.reference}, glibc)`,
      why: NEED_ROWS[id].because,
      where: copy.where,
    })
  }
  return needs
}

function isGlibc(reference: string): boolean {
  const { os, kind } = baseKindOfReference(reference)
  if (kind === 'alpine' || kind === 'scratch' || /distroless\/static/.test(reference)) return false
  return os === 'debian' || os === 'ubuntu' || kind === 'distroless'
}

function needOf(lines: readonly BuildLine[]): NeedId {
  const runs = lines.filter(isRun).map((line) => line.text)
  if (runs.some((text) => /\bcargo\s+(build|install)\b/.test(text))) return 'rust-gnu'
  if (runs.some((text) => /\bgo\s+(build|install)\b/.test(text))) return 'go-cgo'
  return 'glibc-binary'
}

/** Kind of dynamically linked program the needs show, for the distroless that runs it. */
export function dynamicBinaryOf(needs: readonly GlibcNeed[]): 'go' | 'cc' | null {
  if (needs.some((need) => need.id === 'rust-gnu' || need.id === 'glibc-binary')) return 'cc'
  return needs.some((need) => need.id === 'go-cgo' && need.what.startsWith('copies')) ? 'go' : null
}
