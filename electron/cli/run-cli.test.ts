import { describe, expect, it } from 'vitest'
import type { DockerfileAnalysis, ImageDetail, ImageList } from '../../shared/model'
import { sampleDockerfileAnalysis } from './test-support/sample-dockerfile-analysis'
import type { Reply } from '../../shared/contract'
import { createCatalog } from '../core/catalog/catalog'
import { runCli, type CliBackend, type CliIo } from './run-cli'

/** Captures what the CLI prints; the backend answers by method from a table. */
function harness(
  answers: Record<string, (request: unknown) => Reply<unknown>>,
  dockerfile: (path: string) => Reply<DockerfileAnalysis> = () => ({ ok: false, error: { code: 'INTERNAL', message: 'unexpected analyzeDockerfile' } }),
) {
  const out: string[] = []
  const err: string[] = []
  const calls: string[] = []
  let disposed = 0
  let opened = 0
  const io: CliIo = {
    stdout: async (text) => void out.push(text),
    stderr: async (text) => void err.push(text),
    columns: null,
    version: '1.2.3',
    now: () => new Date('2024-05-04T12:00:00Z'),
  }
  const backend: CliBackend = {
    dispatch: async (method, request) => {
      calls.push(method)
      const answer = answers[method]
      return answer ? answer(request) : { ok: false, error: { code: 'INTERNAL', message: `unexpected ${method}` } }
    },
    analyzeMany: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'unexpected analyzeMany' } }),
    analyzeDockerfile: async (path) => dockerfile(path),
    compare: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'unexpected compare' } }),
    scan: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'unexpected scan' } }),
    readFile: async () => ({ ok: false, error: { code: 'INTERNAL', message: 'unexpected readFile' } }),
    catalog: () => createCatalog({ catalogVersion: 1, platform: 'linux/amd64', sourceNote: '', entries: [] }),
    dispose: async () => void (disposed += 1),
  }
  const run = (argv: string[]) => runCli(argv, io, async () => {
    opened += 1
    return backend
  })
  return { run, out: () => out.join(''), err: () => err.join(''), calls, disposed: () => disposed, opened: () => opened }
}

const list: ImageList = { images: [], totalSizeBytes: 0, diskUsageBytes: null, platformsById: {} }

function detail(reference: string): ImageDetail {
  return {
    summary: { id: `sha256:${reference}`, tags: [reference], repoDigests: [], isDangling: false, sizeBytes: 1, createdAt: '2024-05-01T00:00:00.000Z', layerCount: 1, labels: {} },
    contentBytes: null,
    platforms: [],
    architecture: 'amd64', os: 'linux', variant: null, author: null,
    config: { user: null, workingDir: null, entrypoint: null, cmd: null, env: [], exposedPorts: [] },
    diffIds: ['sha256:l1'],
    history: [
      { step: 1, instruction: 'COPY', createdBy: 'COPY a /a', sizeBytes: 1, isEmpty: false, createdAt: null, comment: null, diffId: 'sha256:l1', tags: [] },
      { step: 2, instruction: 'CMD', createdBy: 'CMD ["a"]', sizeBytes: 0, isEmpty: true, createdAt: null, comment: null, diffId: null, tags: [] },
    ],
    alignment: 'exact',
  }
}

const getImage = (request: unknown): Reply<unknown> => {
  const { reference } = request as { reference: string }
  return reference.startsWith('missing')
    ? { ok: false, error: { code: 'IMAGE_NOT_FOUND', message: `No such image: ${reference}` } }
    : { ok: true, value: detail(reference) }
}

const unreachable: Reply<unknown> = {
  ok: false,
  error: {
    code: 'DOCKER_UNREACHABLE',
    message: 'No Docker engine answered',
    details: { attempts: [{ endpoint: { source: 'DOCKER_HOST', label: 'DOCKER_HOST', url: 'unix:///tmp/dead.sock' }, error: 'no socket at /tmp/dead.sock' }] },
  },
}

describe('runCli', () => {
  it('prints help and the version without opening the core', async () => {
    const cli = harness({})
    expect(await cli.run(['--help'])).toBe(0)
    expect(await cli.run(['--version'])).toBe(0)
    expect(cli.out()).toContain('Usage: baseline')
    expect(cli.out()).toContain('baseline 1.2.3\n')
    expect(cli.opened()).toBe(0)
  })

  it('exits 2 on a usage error, with the reason on stderr', async () => {
    const cli = harness({})
    expect(await cli.run(['inspect'])).toBe(2)
    expect(cli.err()).toMatch(/^baseline: inspect needs at least one image/)
    expect(cli.out()).toBe('')
  })

  it('prints the image list object as JSON and disposes the core', async () => {
    const cli = harness({ 'images.list': () => ({ ok: true, value: list }) })
    expect(await cli.run(['images', '--json'])).toBe(0)
    expect(JSON.parse(cli.out())).toEqual(list)
    expect(cli.disposed()).toBe(1)
  })

  it('prints one object for one image, newest step first', async () => {
    const cli = harness({ 'images.get': getImage })
    expect(await cli.run(['inspect', 'app:1', '--json'])).toBe(0)
    const printed = JSON.parse(cli.out())
    expect(printed.historyOrder).toBe('newest-first')
    expect(printed.history.map((step: { step: number }) => step.step)).toEqual([2, 1])
  })

  it('prints an array for several images, in the order asked', async () => {
    const cli = harness({ 'images.get': getImage })
    expect(await cli.run(['inspect', 'a:1', 'b:2', '--json'])).toBe(0)
    expect(JSON.parse(cli.out()).map((image: ImageDetail) => image.summary.tags[0])).toEqual(['a:1', 'b:2'])
  })

  it('says "No such image" in one line and exits 1, still printing what was found', async () => {
    const cli = harness({ 'images.get': getImage })
    expect(await cli.run(['inspect', 'missing-one'])).toBe(1)
    expect(cli.err()).toBe('baseline: No such image: missing-one\n')
    expect(cli.out()).toBe('')
    const several = harness({ 'images.get': getImage })
    expect(await several.run(['inspect', 'a:1', 'missing-two', '--json'])).toBe(1)
    expect(JSON.parse(several.out())).toHaveLength(1)
    expect(several.err()).toBe('baseline: No such image: missing-two\n')
  })

  it('explains an unreachable engine once, with every endpoint tried and the hint', async () => {
    const cli = harness({
      'images.get': () => unreachable,
      'engine.status': () => ({ ok: true, value: { state: 'unreachable', attempts: [], checkedAt: '', hint: 'DOCKER_HOST is set: only it was tried.' } }),
    })
    expect(await cli.run(['inspect', 'a', 'b'])).toBe(1)
    expect(cli.err()).toBe([
      'baseline: no Docker engine answered. Tried:',
      '  DOCKER_HOST (unix:///tmp/dead.sock): no socket at /tmp/dead.sock',
      'DOCKER_HOST is set: only it was tried.',
      '',
    ].join('\n'))
    expect(cli.out()).toBe('')
  })

  it('takes the attempts from the engine status when the error carries none', async () => {
    const attempts = [{ endpoint: { source: 'known-socket', label: 'Docker Engine', url: 'unix:///var/run/docker.sock' }, error: 'connection refused' }]
    const cli = harness({
      'images.list': () => ({ ok: false, error: { code: 'DOCKER_UNREACHABLE', message: 'No Docker engine answered' } }),
      'engine.status': () => ({ ok: true, value: { state: 'unreachable', attempts, checkedAt: '', hint: 'Start Docker.' } }),
    })
    expect(await cli.run(['images'])).toBe(1)
    expect(cli.err()).toContain('  Docker Engine (unix:///var/run/docker.sock): connection refused\nStart Docker.\n')
  })

  it('prints a Dockerfile analysis whole as JSON', async () => {
    const cli = harness({}, () => ({ ok: true, value: sampleDockerfileAnalysis }))
    expect(await cli.run(['dockerfile', 'Dockerfile', '--json'])).toBe(0)
    expect(JSON.parse(cli.out())).toEqual(sampleDockerfileAnalysis)
  })

  it('refuses a file that is not a Dockerfile in one line, exit 1', async () => {
    const cli = harness({}, (path) => ({ ok: false, error: { code: 'INVALID_INPUT', message: `${path} is a folder: choose the Dockerfile inside it.` } }))
    expect(await cli.run(['dockerfile', 'src'])).toBe(1)
    expect(cli.err()).toBe('baseline: src is a folder: choose the Dockerfile inside it.\n')
    expect(cli.out()).toBe('')
    expect(cli.disposed()).toBe(1)
  })
})
