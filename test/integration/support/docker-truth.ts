import { docker, parseJsonLines, runDocker } from '../../fixtures/images'
import { listedSizes } from './test-engine'

/** One image as the docker CLI shows it: `image ls` rows grouped by ID, plus `image inspect`. */
export interface DockerImageView {
  tags: string[]
  isDangling: boolean
  /** The SIZE column of `docker image ls`. */
  sizeText: string
  /** The engine list's Size: what `docker image ls` prints, in bytes. */
  sizeBytes: number
  /** `len .RootFS.Layers`. */
  layerCount: number
}

interface ImageLsRow {
  ID: string
  Repository: string
  Tag: string
  Digest: string
  Size: string
}

const NONE = '<none>'

// `{{json .}}` rather than `--format json`: Debian's docker.io 20.10 CLI, which CI installs, only
// knows the template form.
async function imageLsRows(): Promise<ImageLsRow[]> {
  return parseJsonLines<ImageLsRow>(await docker(['image', 'ls', '--no-trunc', '--digests', '--format', '{{json .}}']))
}

async function inspectFacts(ids: string[]): Promise<Map<string, { sizeBytes: number; layerCount: number }>> {
  const facts = new Map<string, { sizeBytes: number; layerCount: number }>()
  if (ids.length === 0) return facts
  // Not `docker()`: an image removed by another suite since `image ls` fails the whole call, yet
  // the others are still printed; the caller notices the gap and reads again.
  // The whole RootFS: Podman's builder leaves images whose RootFS has no Layers key at all, which
  // fails a template that names it.
  const { stdout } = await runDocker(['image', 'inspect', '--format', '{{.Id}} {{json .RootFS}}', ...ids])
  // The list's Size: inspect's is the compressed content under the containerd store (Docker 26).
  const sizes = await listedSizes()
  for (const line of stdout.trim().split('\n').filter((entry) => entry !== '')) {
    const [id = '', ...rootFs] = line.split(' ')
    const layers = (JSON.parse(rootFs.join(' ') || 'null') as { Layers?: string[] | null } | null)?.Layers ?? []
    facts.set(id, { sizeBytes: sizes.get(id) ?? Number.NaN, layerCount: layers.length })
  }
  return facts
}

/** What `docker image ls` lists, keyed by full image ID: one entry per ID, every tag of it. */
export async function dockerImages(): Promise<Map<string, DockerImageView>> {
  const rows = await imageLsRows()
  const ids = [...new Set(rows.map((row) => row.ID))]
  const facts = await inspectFacts(ids)
  const views = new Map<string, DockerImageView>()
  for (const row of rows) {
    const fact = facts.get(row.ID)
    const view = views.get(row.ID) ?? {
      tags: [],
      isDangling: true,
      sizeText: row.Size,
      sizeBytes: fact?.sizeBytes ?? Number.NaN,
      layerCount: fact?.layerCount ?? Number.NaN,
    }
    if (row.Repository !== NONE && row.Tag !== NONE) view.tags.push(`${row.Repository}:${row.Tag}`)
    if (row.Tag !== NONE || row.Digest !== NONE) view.isDangling = false
    views.set(row.ID, view)
  }
  for (const view of views.values()) view.tags = [...new Set(view.tags)].sort()
  return views
}

/**
 * Reads something from Baseline between two `docker image ls` that agree. The daemon is shared
 * with other suites running at the same time; a list taken while they tag or load is retried.
 */
export async function readBesideDocker<T>(read: () => Promise<T>): Promise<{ docker: Map<string, DockerImageView>; ours: T }> {
  for (let attempt = 1; ; attempt += 1) {
    const before = await dockerImages()
    const ours = await read()
    const after = await dockerImages()
    if (JSON.stringify([...before]) === JSON.stringify([...after]) || attempt === 5) return { docker: after, ours }
  }
}

/** One row of `docker history --no-trunc`, newest first as docker prints it. */
export interface DockerHistoryRow {
  createdBy: string
  sizeBytes: number
  /** The SIZE column as docker prints it by default. */
  sizeText: string
  comment: string
}

interface HistoryRow {
  CreatedBy: string
  Size: string
  Comment: string
}

export async function dockerHistory(reference: string): Promise<DockerHistoryRow[]> {
  const args = ['history', '--no-trunc', '--format', '{{json .}}']
  const exact = parseJsonLines<HistoryRow>(await docker([...args.slice(0, 2), '--human=false', ...args.slice(2), reference]))
  const human = parseJsonLines<HistoryRow>(await docker([...args, reference]))
  return exact.map((row, index) => ({
    createdBy: row.CreatedBy,
    sizeBytes: Number(row.Size),
    sizeText: human[index]?.Size ?? '',
    comment: row.Comment,
  }))
}

/** RootFS.Layers of an image, bottom first. */
export async function dockerDiffIds(reference: string): Promise<string[]> {
  return JSON.parse(await docker(['image', 'inspect', '--format', '{{json .RootFS.Layers}}', reference])) as string[]
}
