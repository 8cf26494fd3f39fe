import { execForm, isRun, programOf, shellCommands, type BuildLine } from './build-lines'
import { NEED_ROWS, type Need } from './decision-table'
import type { GlibcNeed } from './native-code'
import { readInstall } from './package-installs'

const CONDA = /\b(conda|mamba|micromamba)\s+(install|create|env|run|update|activate)\b|\/opt\/conda\b|\bMAMBA_ROOT_PREFIX\b/
const CONDA_IMAGE = /(^|\/)(miniconda\d*|anaconda\d*|micromamba|miniforge\d*|mambaforge|conda)([:@/-]|$)/
const MANYLINUX = /manylinux[\w.]*\.whl|--platform[= ]+manylinux/
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash'])
const HEALTH_TOOL = /CMD-SHELL|\b(curl|wget|sh|bash)\b/

const basename = (path: string): string => path.slice(path.lastIndexOf('/') + 1)

function glibcNeed(id: GlibcNeed['id'], what: string, where: string): GlibcNeed {
  return { id, what, why: NEED_ROWS[id].because, where }
}

/** conda environments and manylinux wheels anywhere in the build (class 1), and a conda base. */
export function condaAndWheels(lines: readonly BuildLine[], baseReference: string | null): GlibcNeed[] {
  const needs: GlibcNeed[] = []
  if (baseReference !== null && CONDA_IMAGE.test(withoutRegistry(baseReference))) {
    needs.push(glibcNeed('conda', `${baseReference} is a conda image`, 'the base'))
  }
  const conda = lines.find((line) => line.instruction !== 'FROM' && CONDA.test(line.text)) ??
    lines.find((line) => line.instruction === 'FROM' && CONDA_IMAGE.test(line.text.split(/\s+/)[1] ?? ''))
  if (conda && needs.length === 0) needs.push(glibcNeed('conda', 'a conda environment is created or used', conda.where))
  const wheel = lines.find((line) => isRun(line) && MANYLINUX.test(line.text))
  if (wheel) needs.push(glibcNeed('manylinux', 'pip installs manylinux wheels', wheel.where))
  return needs
}

/** The last ENTRYPOINT and CMD of the final stage (later ones override earlier ones). */
function startLines(final: readonly BuildLine[]): BuildLine[] {
  return ['ENTRYPOINT', 'CMD'].flatMap((instruction) => [...final].reverse().filter((line) => line.instruction === instruction).slice(0, 1))
}

/** Needs of a shell, and of bash, at run time (class 2): read from the final stage only. */
export function shellNeeds(lines: readonly BuildLine[]): Need[] {
  const final = lines.filter((line) => line.stage === 'final')
  const needs: Need[] = []
  const bash = final.find(usesBash)
  if (bash) needs.push({ id: 'bash', what: `${bash.instruction ?? 'a step'} uses bash`, where: bash.where })
  const start = startLines(final).find(needsShell)
  if (start) needs.push({ id: 'shell', what: `${start.instruction} runs through a shell`, where: start.where })
  const run = final.find(isRun)
  if (run) needs.push({ id: 'run-in-final', what: 'the final stage has RUN steps', where: run.where })
  const health = final.find((line) => line.instruction === 'HEALTHCHECK' && healthNeedsTools(line.text))
  if (health) {
    const tool = HEALTH_TOOL.exec(health.text)?.[0]
    needs.push({ id: 'healthcheck-tool', what: tool ? `HEALTHCHECK calls ${tool}` : 'HEALTHCHECK runs through a shell (shell form)', where: health.where })
  }
  return needs
}

/** A check that calls curl, wget or a shell, or is written in shell form (run by /bin/sh -c). */
function healthNeedsTools(text: string): boolean {
  if (HEALTH_TOOL.test(text)) return true
  // indexOf, not /CMD\s+([\s\S]*)$/: that pattern backtracks super-linearly on long runs of spaces.
  const at = text.search(/\bCMD\s/)
  return at !== -1 && !text.slice(at + 4).trim().startsWith('[')
}

function usesBash(line: BuildLine): boolean {
  if (/#!\s*(\/usr)?\/bin\/(env\s+)?bash\b/.test(line.text)) return true
  if (line.instruction === 'SHELL') return /bash/.test(line.text)
  if (line.instruction === 'ENTRYPOINT' || line.instruction === 'CMD') {
    const argv = execForm(line.text)
    const words = argv ?? line.text.replace(/^(ENTRYPOINT|CMD)\s+/, '').split(/\s+/)
    return words.some((word, index) => (index === 0 && basename(word) === 'bash') || /\.bash$/.test(word))
  }
  if (!isRun(line)) return false
  // An install that names bash adds it; only running bash needs it.
  return shellCommands(line.text).some((command) => readInstall(command) === null && basename(programOf(command)) === 'bash')
}

function needsShell(line: BuildLine): boolean {
  const argv = execForm(line.text)
  if (argv === null) return line.text.replace(/^(ENTRYPOINT|CMD)\s+/, '').trim() !== ''
  const program = argv[0] ?? ''
  return SHELLS.has(basename(program)) || /\.(sh|bash)$/.test(program)
}

/** "quay.io/team/conda:1" -> "team/conda:1": the first part is a registry when it has a dot. */
function withoutRegistry(reference: string): string {
  const slash = reference.indexOf('/')
  return slash > 0 && reference.slice(0, slash).includes('.') ? reference.slice(slash + 1) : reference
}
