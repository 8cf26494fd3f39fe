import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { formatBytesLikeDocker } from '../../shared/lib/bytes'
import type { ImageList } from '../../shared/model'
import { describeGeneratedFixtures, fixtureRefs, type BuiltImage, type FixtureName } from '../fixtures/images'
import { baselineJson } from './support/baseline-cli'
import { createCore, type CoreUnderTest } from './support/core'
import { noDocker } from './support/daemon'
import { dockerImages, readBesideDocker, type DockerImageView } from './support/docker-truth'
import { sizesAreFileBytes } from './support/test-engine'

/** Baseline's list in the shape of docker's view, so one toEqual shows every difference at once. */
function asDockerSees(list: ImageList): Map<string, DockerImageView> {
  return new Map(
    list.images.map((image) => [
      image.id,
      {
        tags: [...image.tags].sort(),
        isDangling: image.isDangling,
        sizeText: formatBytesLikeDocker(image.sizeBytes),
        sizeBytes: image.sizeBytes,
        layerCount: image.layerCount,
      },
    ]),
  )
}

const sorted = (views: Map<string, DockerImageView>) => Object.fromEntries([...views].sort(([a], [b]) => a.localeCompare(b)))

describe.skipIf(noDocker)('the image list matches docker image ls', () => {
  let core: CoreUnderTest
  let generated: Map<FixtureName, BuiltImage>

  beforeAll(async () => {
    core = createCore()
    generated = await describeGeneratedFixtures()
  })
  afterAll(async () => core?.close())

  it('images.list has the same IDs, tags per ID, sizes (as printed and in bytes), dangling marks and layer counts', async () => {
    const { docker, ours } = await readBesideDocker(() => core.services.handlers['images.list']({}))
    expect(sorted(asDockerSees(ours))).toEqual(sorted(docker))
    expect(ours.totalSizeBytes).toBe(ours.images.reduce((sum, image) => sum + image.sizeBytes, 0))
  })

  it('`baseline images --json` prints the same list as `docker image ls`', async () => {
    const { docker, ours } = await readBesideDocker(() => baselineJson<ImageList>(['images']))
    expect(sorted(asDockerSees(ours))).toEqual(sorted(docker))
  })

  it('shows an image with several tags as one row carrying all of them', async () => {
    const list = await core.services.handlers['images.list']({})
    const app = list.images.filter((image) => image.tags.includes(fixtureRefs.app))
    expect(app).toHaveLength(1)
    expect(app[0]?.tags).toEqual(expect.arrayContaining([fixtureRefs.app, fixtureRefs.appLatest]))
    const multi = list.images.find((image) => image.id === generated.get('multi-tag')?.id)
    expect(multi?.tags.sort()).toEqual([fixtureRefs.multiTagAlias, fixtureRefs.multiTagMajor, fixtureRefs.multiTag].sort())
    expect(multi?.isDangling).toBe(false)
  })

  it('marks the untagged fixture as dangling, with no tags', async () => {
    const list = await core.services.handlers['images.list']({})
    const dangling = list.images.find((image) => image.id === generated.get('dangling')?.id)
    expect(dangling).toMatchObject({ tags: [], isDangling: true })
  })

  it('reports the bytes the generated layers hold, printed as docker prints them', async () => {
    const list = await core.services.handlers['images.list']({})
    const docker = await dockerImages()
    for (const [name, built] of generated) {
      const row = list.images.find((image) => image.id === built.id)
      expect(row, `${name} is listed`).toBeDefined()
      // Only Docker 20.10 counts bytes of files; Podman counts tars, the containerd store blocks and blobs.
      if (sizesAreFileBytes) expect(row?.sizeBytes, `${name} size`).toBe(built.sizeBytes)
      expect(row?.layerCount, `${name} layers`).toBe(built.diffIds.length)
      expect(formatBytesLikeDocker(row?.sizeBytes ?? -1), `${name} as docker prints it`).toBe(docker.get(built.id)?.sizeText)
    }
    // The fixtures pick sizes on rounding edges: 999,999 bytes is docker's "1e+03kB".
    if (sizesAreFileBytes) expect(docker.get(generated.get('zero-layer')?.id ?? '')?.sizeText).toBe('1e+03kB')
  })
})
