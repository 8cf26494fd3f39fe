// The image page of an image an attacker wrote (10,000 labels, 5,000 history steps, a 1 MB
// created_by and a 1 MB label): how long the core takes to answer the page's two requests, and
// how long Chromium takes from opening the page to showing its layer table. Figures only.
//   npm run build && node test/bench/hostile-page-bench.mjs [--runs 3] [--keep]
// Target (issue 15): the page responsive in about 1-2 s. Prints the load average beside the figures.
import './lib/engine-env.mjs'
import { randomBytes } from 'node:crypto'
import { createRequire } from 'node:module'
import { loadavg } from 'node:os'
import { parseArgs } from 'node:util'
import { requireTs } from './lib/require-ts.mjs'
import { median, ms } from './lib/timing.mjs'

const { values: options } = parseArgs({ options: { runs: { type: 'string', default: '3' }, keep: { type: 'boolean', default: false } } })
const runs = Math.max(1, Number(options.runs))
const require = createRequire(import.meta.url)
const { chromium } = require('@playwright/test')
const fixtures = requireTs('../../fixtures/images/index.ts')
const { hostileMetadataSpec } = requireTs('../../fixtures/images/hostile-metadata.ts')
const { startCore } = requireTs('../../e2e/harness/core.ts')
const { CHROMIUM_PATH } = requireTs('../../e2e/harness/preflight.ts')

const BENCH_LABEL = 'com.baseline.bench'
const nonce = randomBytes(3).toString('hex')
const reference = `${fixtures.FIXTURE_REPO}/bench-hostile-${nonce}:latest`
const labels = { [fixtures.FIXTURE_LABEL]: fixtures.FIXTURE_VERSION, [fixtures.FIXTURE_NAME_LABEL]: 'bench-hostile', [BENCH_LABEL]: 'hostile' }

const load = () => loadavg().map((value) => value.toFixed(2)).join(' ')
console.log(`load average before: ${load()} (1, 5, 15 min)`)
let started = performance.now()
const [image] = await fixtures.loadImages([hostileMetadataSpec([reference], labels)])
console.log(`loaded the hostile image ${image.id.slice(7, 19)} (10,000 labels, 5,002 steps) in ${ms(performance.now() - started)}`)

const core = await startCore({ ...process.env })
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] })
try {
  const figures = { get: [], analyze: [], page: [] }
  for (let run = 0; run < runs; run += 1) {
    started = performance.now()
    const detail = await core.dispatch('images.get', { reference: image.id })
    figures.get.push(performance.now() - started)
    started = performance.now()
    await core.dispatch('images.analyze', { reference: image.id })
    figures.analyze.push(performance.now() - started)
    if (!detail.ok) throw new Error(`images.get failed: ${detail.error.message}`)
    figures.page.push(await timePage(browser, core, image.id))
  }
  console.log(`load average after: ${load()}`)
  console.log(`images.get (detail, 5,002 steps)       median ${ms(median(figures.get))}  runs ${figures.get.map(ms).join(', ')}`)
  console.log(`images.analyze                          median ${ms(median(figures.analyze))}  runs ${figures.analyze.map(ms).join(', ')}`)
  console.log(`image page: open to layer table shown   median ${ms(median(figures.page))}  runs ${figures.page.map(ms).join(', ')}`)
} finally {
  await browser.close()
  await core.dispose()
  if (!options.keep) await fixtures.removeImages([image.id])
}

/** A fresh page through the session URL, then the image's page: time until its layer table shows. */
async function timePage(browser, core, id) {
  const context = await browser.newContext()
  const page = await context.newPage()
  await page.goto(core.entryUrl)
  await page.getByRole('heading', { level: 1 }).first().waitFor()
  const start = performance.now()
  // A string: this script's lint knows Node's globals, not the page's.
  await page.evaluate(`location.hash = ${JSON.stringify(`#/images/${id}`)}`)
  await page.getByRole('table', { name: 'Layers' }).waitFor({ timeout: 120_000 })
  const elapsed = performance.now() - start
  await context.close()
  return elapsed
}
