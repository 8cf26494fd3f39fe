import { beforeTrailingSpace } from './text-lines'
import type { DockerfileInstruction } from './findings-model'
import { instructionSpan, type EditableText } from './rewrite-lines'
import { packageInstalls, removesAptLists, skipsRecommends } from './rules-packages'

const APT_INSTALL = /\b(apt-get|apt)((?:\s+-[-\w=]+)*)\s+install\b/g
const LISTS_CLEANUP = 'rm -rf /var/lib/apt/lists/*'

const COMMAND_END = /&&|\|\||;/g

/** The command starting at `offset`, up to the next && || or ; (not the rest of the line split up: a line of 30,000 installs made that quadratic). */
function commandAt(line: string, offset: number): string {
  COMMAND_END.lastIndex = offset
  const end = COMMAND_END.exec(line)
  return line.slice(offset, end === null ? line.length : end.index)
}

/** Adds --no-install-recommends and the lists cleanup to the apt-get installs of one RUN. */
export function rewriteAptRun(text: EditableText, run: DockerfileInstruction, escape: string): void {
  const apt = packageInstalls(run.text).filter((install) => install.tool === 'apt')
  // The exec form and heredocs are left alone: appending shell text there would change their meaning.
  if (apt.length === 0 || run.args.trimStart().startsWith('[') || /<<-?\s*["']?\w/.test(run.args)) return
  const span = instructionSpan(text, run.line, escape)
  if (apt.some((install) => !skipsRecommends(install.command))) {
    for (const index of span) {
      const line = text.lines[index]
      if (line) line.content = line.content.replace(APT_INSTALL, (match, _tool, _flags, offset: number, whole: string) => {
        return skipsRecommends(commandAt(whole, offset)) ? match : `${match} --no-install-recommends`
      })
    }
  }
  const last = text.lines[span[span.length - 1] ?? -1]
  if (!removesAptLists(run.text) && last) {
    last.content = beforeTrailingSpace(last.content, ` && ${LISTS_CLEANUP}`)
  }
}
