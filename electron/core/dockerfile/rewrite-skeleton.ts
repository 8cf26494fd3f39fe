import type { DockerfileInstruction, DockerfileModelShape } from './findings-model'
import { finalInstructions } from './findings-model'

/** Instructions of the original single stage that the run-time stage needs too. */
// USER too: the run-time stage must not go back to root because the build stage set the user.
const CARRIED = new Set(['WORKDIR', 'ENV', 'EXPOSE', 'LABEL', 'USER', 'ENTRYPOINT', 'CMD', 'HEALTHCHECK', 'STOPSIGNAL'])

/**
 * The run-time stage appended after a single stage that installs build tools: that stage becomes
 * "build", and this one starts from the smaller base and copies the results in. It is a skeleton:
 * which paths the build produces is the author's to confirm, so the comments say so.
 */
export function runtimeStage(model: DockerfileModelShape, runtimeReference: string, withUser: boolean): string[] {
  const carried = finalInstructions(model).filter((i) => CARRIED.has(i.keyword))
  const workdir = [...carried].reverse().find((i) => i.keyword === 'WORKDIR')?.text.trim() ?? '/app'
  const head = carried.filter((i) => i.keyword === 'WORKDIR' || i.keyword === 'ENV' || i.keyword === 'LABEL')
  const tail = carried.filter((i) => !head.includes(i))
  return [
    '',
    '# Run-time stage: the smaller base, without compilers; only the build results are copied in.',
    `FROM ${runtimeReference}`,
    ...head.map(instructionText),
    ...(head.some((i) => i.keyword === 'WORKDIR') ? [] : [`WORKDIR ${workdir}`]),
    `COPY --from=build ${workdir} ${workdir}`,
    '# Also COPY --from=build whatever else the build installed (site-packages or a virtualenv, node_modules, a binary).',
    ...(withUser ? ['USER 65532'] : []),
    ...tail.map(instructionText),
  ]
}

/** One instruction as a single line (continuations joined): the skeleton is a starting point. */
function instructionText(i: DockerfileInstruction): string {
  return `${i.keyword} ${i.text.trim()}`
}
