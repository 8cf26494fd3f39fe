import { Arg, DockerfileParser, From, ModifiableInstruction, type Instruction } from 'dockerfile-ast'
import { ApiError } from '../../../shared/contract/errors'

/** One instruction as the builder reads it, continuation lines joined into one. */
export interface DockerfileInstruction {
  /** Uppercased: "RUN", whatever case was written. */
  keyword: string
  /** Arguments as written (flags included, continuations and heredoc bodies kept). */
  args: string
  /** `args` as one logical line: escaped newlines joined, comment lines inside a continuation dropped. */
  text: string
  /** 1-based line of the keyword. */
  line: number
  /** Index of the stage it belongs to; null before the first FROM (global ARGs). */
  stage: number | null
  /** `--name=value` flags (`--from`, `--platform`, `--chown` …); value null for a bare `--flag`. */
  flags: { name: string; value: string | null }[]
}

export interface ParsedArg {
  name: string
  /** The default as written after "="; null for `ARG NAME` alone. */
  value: string | null
  stage: number | null
  line: number
}

export interface ParsedFrom {
  /** The image argument as written: "python:${PY:-3.12}-slim". */
  image: string
  platform: string | null
  name: string | null
  line: number
}

export interface ParsedDockerfile {
  directives: { syntax: string | null; escape: string }
  instructions: DockerfileInstruction[]
  froms: ParsedFrom[]
  args: ParsedArg[]
}

/** Parses with dockerfile-ast, which honours parser directives, continuations, heredocs and lowercase keywords. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const document = DockerfileParser.parse(text)
  const escape = document.getEscapeCharacter()
  const syntax = document.getDirectives().find((directive) => directive.getName().toLowerCase() === 'syntax')
  const parsed: ParsedDockerfile = {
    directives: { syntax: syntax?.getValue() ?? null, escape },
    instructions: [],
    froms: [],
    args: [],
  }
  for (const instruction of document.getInstructions()) {
    const line = instruction.getRange().start.line + 1
    if (instruction instanceof From) parsed.froms.push(readFrom(instruction, line))
    const stage = parsed.froms.length === 0 ? null : parsed.froms.length - 1
    if (instruction instanceof Arg) parsed.args.push(...readArgs(instruction, stage, line))
    parsed.instructions.push(readInstruction(instruction, stage, line, escape))
  }
  if (parsed.froms.length === 0) {
    throw new ApiError('INVALID_INPUT', 'No FROM instruction: this is not a Dockerfile (or its FROM lines are all commented out).')
  }
  return parsed
}

function readFrom(from: From, line: number): ParsedFrom {
  const image = from.getImage()
  if (image === null || image.trim() === '') {
    throw new ApiError('INVALID_INPUT', `Line ${line}: FROM needs an image.`)
  }
  return { image, platform: from.getPlatformFlag()?.getValue() ?? null, name: from.getBuildStage(), line }
}

function readArgs(arg: Arg, stage: number | null, line: number): ParsedArg[] {
  return arg.getProperties().map((property) => ({
    name: property.getName(),
    // The unescaped value drops the quotes of ARG V="3.12", as the builder does.
    value: property.getAssignmentOperator() === null ? null : (property.getUnescapedValue() ?? ''),
    stage,
    line,
  }))
}

function readInstruction(instruction: Instruction, stage: number | null, line: number, escape: string): DockerfileInstruction {
  const args = instruction.getRawArgumentsContent() ?? ''
  const flags = instruction instanceof ModifiableInstruction
    ? instruction.getFlags().map((flag) => ({ name: flag.getName(), value: flag.getValue() }))
    : []
  return { keyword: instruction.getKeyword().toUpperCase(), args, text: logicalLine(args, escape), line, stage, flags }
}

/** Joins continuation lines the way the builder does: comment lines inside a continuation are not part of it. */
export function logicalLine(args: string, escape: string): string {
  const lines = args.split(/\r?\n/)
  const kept = lines.filter((line, index) => index === 0 || !/^\s*#/.test(line))
  return kept
    .map((line) => (line.endsWith(escape) ? line.slice(0, -escape.length) : line))
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}
