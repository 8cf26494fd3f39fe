import { ApiError } from '../../../shared/contract/errors'
import { dropWords, firstWords, joinContinuations, readArgs, readFlags, wordValue, type InstructionFlag } from './instruction-words'
import { scanDockerfile } from './scan'

/** One instruction as the builder reads it, continuation lines joined into one. */
export interface DockerfileInstruction {
  /** Uppercased: "RUN", whatever case was written. */
  keyword: string
  /** Arguments as written, flags apart (continuations and heredoc bodies kept). */
  args: string
  /** `args` as one logical line: escaped newlines joined, comment lines inside a continuation dropped. */
  text: string
  /** 1-based line of the keyword. */
  line: number
  /** Index of the stage it belongs to; null before the first FROM (global ARGs). */
  stage: number | null
  /** `--name=value` flags (`--from`, `--platform`, `--chown` …); value null for a bare `--flag`. */
  flags: InstructionFlag[]
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

/** Parses in one pass (./scan): directives, continuations, heredocs and lowercase keywords as the builder reads them. */
export function parseDockerfile(text: string): ParsedDockerfile {
  const scanned = scanDockerfile(text)
  const { escape } = scanned
  const syntax = scanned.directives.find((directive) => directive.name.toLowerCase() === 'syntax')
  const parsed: ParsedDockerfile = { directives: { syntax: syntax?.value ?? null, escape }, instructions: [], froms: [], args: [] }
  for (const { line, text: written } of scanned.instructions) {
    const joined = joinContinuations(written, escape)
    const [first = ''] = firstWords(joined, 1)
    const keyword = first.toUpperCase()
    const flags = readFlags(keyword, joined.slice(joined.indexOf(first) + first.length), escape)
    // The arguments as dockerfile-ast gave them, which the rules and the rewrite were written against: flags apart.
    const args = dropWords(written, 1 + flags.length, escape)
    const text = logicalLine(args, escape)
    if (keyword === 'FROM') parsed.froms.push(readFrom(joined, flags, line, escape))
    const stage = parsed.froms.length === 0 ? null : parsed.froms.length - 1
    if (keyword === 'ARG') parsed.args.push(...readArgs(args, escape).map((arg) => ({ ...arg, stage, line })))
    parsed.instructions.push({ keyword, args, text, line, stage, flags })
  }
  if (parsed.froms.length === 0) {
    throw new ApiError('INVALID_INPUT', 'No FROM instruction: this is not a Dockerfile (or its FROM lines are all commented out).')
  }
  return parsed
}

function readFrom(joined: string, flags: InstructionFlag[], line: number, escape: string): ParsedFrom {
  const words = firstWords(joined, flags.length + 4).slice(flags.length + 1)
  const image = words[0] === undefined ? null : wordValue(words[0], escape)
  if (image === null || image.trim() === '') {
    throw new ApiError('INVALID_INPUT', `Line ${line}: FROM needs an image.`)
  }
  const platform = flags.length === 1 && flags[0]?.name === 'platform' ? flags[0].value : null
  const name = words.length > 2 && words[1]?.toUpperCase() === 'AS' ? (words[2] ?? null) : null
  return { image, platform, name, line }
}

/** Joins continuation lines the way the builder does: comment lines inside a continuation are not part of it. */
export function logicalLine(args: string, escape: string): string {
  // Most instructions are one line with single spaces: no copies for them.
  if (!args.includes('\n')) return /\t| {2}/.test(args) ? args.replace(/[ \t]+/g, ' ').trim() : args.trim()
  const lines = args.split(/\r?\n/)
  const kept = lines.filter((line, index) => index === 0 || !/^\s*#/.test(line))
  return kept
    .map((line) => (line.endsWith(escape) ? line.slice(0, -escape.length) : line))
    .join(' ')
    .replace(/[ \t]+/g, ' ')
    .trim()
}
