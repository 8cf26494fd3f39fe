// The bench's own images: many distinct ones, loaded in one archive, labelled so they (and only
// they) can be removed afterwards.
import { requireTs } from './require-ts.mjs'

const fixtures = requireTs('../../fixtures/images/index.ts')

export const BENCH_LABEL = 'com.baseline.bench'
const filter = `label=${BENCH_LABEL}=1`

export const dockerReachable = () => fixtures.dockerReachable()

export async function benchImageIds() {
  return fixtures.listImageIds([filter])
}

/** Makes sure `count` bench images exist; returns their tags and how long loading took. */
export async function ensureBenchImages(count) {
  const specs = fixtures.bulkSpecs({ count, repo: fixtures.BENCH_REPO, labels: { [BENCH_LABEL]: '1' } })
  const tags = specs.map((spec) => spec.tags[0])
  const started = Date.now()
  const present = new Set((await fixtures.docker(['image', 'ls', '--filter', filter, '--format', '{{.Repository}}:{{.Tag}}'])).split('\n'))
  const missing = specs.filter((spec) => !present.has(spec.tags[0]))
  await fixtures.loadImages(missing)
  return { tags, loaded: missing.length, ms: Date.now() - started }
}

export async function removeBenchImages() {
  const ids = await benchImageIds()
  const errors = await fixtures.removeImages(ids)
  return { removed: ids.length, errors }
}
