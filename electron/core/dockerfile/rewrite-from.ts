import { beforeTrailingSpace } from './text-lines'
import type { DockerfileStage } from '../../../shared/model/dockerfile'
import type { Catalog } from '../catalog/catalog'
import type { EditableText } from './rewrite-lines'

/** A FROM the rewrite changed or commented, for the suggestions list. */
export interface FromChange {
  stage: number
  line: number
  before: string
  /** The reference now written, or null when only a comment was added (ARG-built or unknown tag). */
  after: string | null
  reason: string
}

/**
 * Where a floating tag can be replaced by the version line: the catalogue's entry for it names the
 * release it resolves to ("python:latest" -> "python:3.13.2-bookworm" gives "python:3.13").
 */
export function versionLineFor(reference: string, catalog: Catalog): string | null {
  const entry = catalog.byReference(reference)
  if (!entry || !entry.version) return null
  const line = entry.version.split('.').slice(0, 2).join('.')
  const repository = entry.reference.replace(/:[^/:]*$/, '')
  const candidate = `${repository}:${line}`
  return catalog.byReference(candidate) ? candidate : null
}

/** Writes `target` in place of the stage's FROM argument, or a comment when it cannot be replaced safely. */
export function replaceFrom(text: EditableText, stage: DockerfileStage, target: string, reason: string): FromChange {
  const line = text.lines[stage.line - 1]
  // An ARG-built reference keeps its parameterisation: the person decides which default to change.
  if (line && !stage.from.includes('$')) {
    const at = fromArgumentAt(line.content, stage.from)
    if (at >= 0) {
      line.content = line.content.slice(0, at) + target + line.content.slice(at + stage.from.length)
      return { stage: stage.index, line: stage.line, before: stage.from, after: target, reason }
    }
  }
  line?.before.push(`# Suggested: FROM ${target} (${reason})`)
  return { stage: stage.index, line: stage.line, before: stage.from, after: null, reason }
}

/** Adds a comment above a FROM that should be pinned but has no known version line. */
export function commentFrom(text: EditableText, stage: DockerfileStage, note: string): FromChange {
  text.lines[stage.line - 1]?.before.push(`# ${note}`)
  return { stage: stage.index, line: stage.line, before: stage.from, after: null, reason: note }
}

/** Where the image argument starts: after the keyword and any --flags. */
function fromArgumentAt(content: string, from: string): number {
  const head = /^\s*from\s+(?:--\S+\s+)*/i.exec(content)
  if (!head) return -1
  return content.startsWith(from, head[0].length) ? head[0].length : content.indexOf(from, head[0].length)
}

/** Appends `AS name` to a FROM line that has none. */
export function nameStage(text: EditableText, stage: DockerfileStage, name: string): void {
  const line = text.lines[stage.line - 1]
  if (line && stage.name === null) line.content = beforeTrailingSpace(line.content, ` AS ${name}`)
}
