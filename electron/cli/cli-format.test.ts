import { describe, expect, it } from 'vitest'
import type { ImageDetail, ImageList, ImageSummary } from '../../shared/model'
import { failureLine, unreachableFrom, unreachableLines } from './format-errors'
import { formatImageList } from './format-images'
import { commandOf, formatImageDetail, toCliJson } from './format-inspect'
import { formatTable, truncate } from './table'

const NOW = new Date('2024-05-04T12:00:00Z')

function summary(overrides: Partial<ImageSummary> = {}): ImageSummary {
  return {
    id: 'sha256:0123456789abcdef' + '0'.repeat(48),
    tags: ['app:1'],
    repoDigests: [],
    isDangling: false,
    sizeBytes: 4_260_000,
    createdAt: '2024-05-01T12:00:00.000Z',
    layerCount: 2,
    labels: {},
    ...overrides,
  }
}

const detail: ImageDetail = {
  summary: summary(),
  contentBytes: null,
      platforms: [],
  architecture: 'amd64',
  os: 'linux',
  variant: null,
  author: null,
  config: { user: null, workingDir: null, entrypoint: null, cmd: ['sh'], env: [], exposedPorts: [] },
  diffIds: ['sha256:aaaaaaaaaaaa1111', 'sha256:bbbbbbbbbbbb2222'],
  history: [
    { step: 1, instruction: 'IMPORT', createdBy: '', sizeBytes: 4_000_000, isEmpty: false, createdAt: null, comment: 'Imported from -', diffId: 'sha256:aaaaaaaaaaaa1111', tags: [] },
    { step: 2, instruction: 'RUN', createdBy: 'apk add\n\tcurl', sizeBytes: 260_000, isEmpty: false, createdAt: null, comment: null, diffId: 'sha256:bbbbbbbbbbbb2222', tags: [] },
    { step: 3, instruction: 'CMD', createdBy: 'CMD ["sh"]', sizeBytes: 0, isEmpty: true, createdAt: null, comment: null, diffId: null, tags: ['app:1'] },
  ],
  alignment: 'exact',
}

describe('formatTable', () => {
  it('pads every column but the last to its widest cell plus three spaces', () => {
    expect(formatTable(['A', 'BB'], [['xxxx', 'y'], ['z', '']])).toBe('A      BB\nxxxx   y\nz\n')
  })

  it('cuts long text with an ellipsis only when a width is known', () => {
    expect(truncate('abcdef', 4)).toBe('abc…')
    expect(truncate('abcdef', null)).toBe('abcdef')
  })
})

describe('formatImageList', () => {
  it('prints one row per tag, <none> for dangling images, and the totals', () => {
    const list: ImageList = {
      images: [
        summary({ tags: ['app:1', 'app:latest'] }),
        summary({ id: 'sha256:fedcba9876543210' + '0'.repeat(48), tags: [], isDangling: true, sizeBytes: 1000, layerCount: 1 }),
      ],
      totalSizeBytes: 4_261_000,
      platformsById: {}, diskUsageBytes: 4_000_000,
    }
    expect(formatImageList(list, NOW)).toBe([
      'REPOSITORY   TAG      IMAGE ID       CREATED      SIZE     LAYERS',
      'app          1        0123456789ab   3 days ago   4.26MB   2',
      'app          latest   0123456789ab   3 days ago   4.26MB   2',
      '<none>       <none>   fedcba987654   3 days ago   1kB      1',
      '',
      '2 images, 4.26MB in total, 4MB on disk (shared layers counted once)',
      '',
    ].join('\n'))
  })

  it('names an untagged image by the repository of its digest', () => {
    const list = { images: [summary({ tags: [], repoDigests: ['python@sha256:abc'] })], totalSizeBytes: 1, platformsById: {}, diskUsageBytes: null }
    expect(formatImageList(list, NOW).split('\n')[1]).toMatch(/^python\s+<none>\s/)
  })
})

describe('inspect output', () => {
  it('prints JSON history newest first, like docker history, and says so', () => {
    const json = toCliJson(detail)
    expect(json.historyOrder).toBe('newest-first')
    expect(json.history.map((step) => step.step)).toEqual([3, 2, 1])
    expect(detail.history.map((step) => step.step)).toEqual([1, 2, 3])
  })

  it('writes each step as a Dockerfile would', () => {
    expect(detail.history.map(commandOf)).toEqual(['IMPORT Imported from -', 'RUN apk add\n\tcurl', 'CMD ["sh"]'])
  })

  it('prints a header then the steps in build order, each on one line', () => {
    const text = formatImageDetail(detail, NOW, null)
    expect(text).toContain('Image      app:1\n')
    expect(text).toContain('On disk    4.26MB in 2 layers\n')
    expect(text).toContain('Content    not kept apart by this engine (no compressed blobs)\n')
    expect(text).toContain('Platform   linux/amd64\n')
    expect(text.split('\n').slice(8)).toEqual([
      'STEP   SIZE    LAYER          COMMAND',
      '1      4MB     aaaaaaaaaaaa   IMPORT Imported from -',
      '2      260kB   bbbbbbbbbbbb   RUN apk add curl',
      '3      0B      -              CMD ["sh"]',
      '',
    ])
  })

  it('fits commands to the terminal width', () => {
    const long = { ...detail.history[1]!, createdBy: 'apt-get update && apt-get install -y build-essential curl git' }
    const text = formatImageDetail({ ...detail, history: [long] }, NOW, 60)
    const row = text.split('\n').find((line) => line.startsWith('2 '))!
    expect(row).toHaveLength(60)
    expect(row.endsWith('…')).toBe(true)
  })
})

describe('error output', () => {
  const attempts = [
    { endpoint: { source: 'DOCKER_HOST', label: 'DOCKER_HOST', url: 'unix:///tmp/dead.sock' }, error: 'no socket at /tmp/dead.sock' },
  ]

  it('lists every endpoint tried with its error, then the hint', () => {
    const unreachable = unreachableFrom({ attempts, hint: 'DOCKER_HOST is set, so only it was tried.' })
    expect(unreachableLines(unreachable, 'ignored')).toEqual([
      'baseline: no Docker engine answered. Tried:',
      '  DOCKER_HOST (unix:///tmp/dead.sock): no socket at /tmp/dead.sock',
      'DOCKER_HOST is set, so only it was tried.',
    ])
  })

  it('still says what happened when the error carries no attempts', () => {
    expect(unreachableFrom({ attempts: 'nope' })).toBeNull()
    expect(unreachableLines(null, 'Cannot reach the Docker engine at unix:///x: socket hang up')[0])
      .toBe('baseline: no Docker engine answered: Cannot reach the Docker engine at unix:///x: socket hang up')
  })

  it('prints any other failure as one line', () => {
    expect(failureLine({ code: 'IMAGE_NOT_FOUND', message: 'No such image: no-such-image' })).toBe('baseline: No such image: no-such-image')
    expect(failureLine({ code: 'INTERNAL', message: 'line one\nline two' })).toBe('baseline: line one line two')
  })
})
