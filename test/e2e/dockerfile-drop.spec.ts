import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from './harness/fixtures'
import { DockerfilePage } from './pages/dockerfile-page'

function fixture(name: string): { name: string; text: string; froms: string[] } {
  const text = readFileSync(join(__dirname, '../fixtures/dockerfiles', name), 'utf8')
  // The image each FROM names, as written (these fixtures use no flags before it).
  const froms = [...text.matchAll(/^FROM\s+(\S+)/gim)].map((match) => match[1] ?? '')
  return { name, text, froms }
}

/** Two stages joined by COPY --from=build; neither base is pinned by digest, and the final one has a leaner variant. */
const multiStage = fixture('multi-stage-copy-from-name.Dockerfile')
/** One stage on ubuntu:latest (no multi-stage fixture uses :latest). */
const latest = fixture('latest.Dockerfile')
const lineOf = (text: string, pattern: RegExp) => text.split('\n').findIndex((line) => pattern.test(line)) + 1

test.describe('dropping a Dockerfile on the window', () => {
  test('analyses it on the Dockerfile page; a binary or empty drop then fails with the previous analysis kept', async ({ app, page }) => {
    await expect(app.imageList.heading).toBeVisible()
    const dockerfile = new DockerfilePage(page)
    expect(multiStage.froms, 'FROM lines of the fixture').toHaveLength(2)
    expect(multiStage.text).toContain('COPY --from=build')

    // The overlay shows while files are over the window, and goes with the drop.
    await dockerfile.dragOver(latest)
    await expect(dockerfile.overlay).toBeVisible()
    await dockerfile.release()
    await expect(dockerfile.overlay).toHaveCount(0)
    await expect(page).toHaveURL(/#\/dockerfile$/)
    await expect(dockerfile.heading).toHaveText(`Dockerfile ${latest.name}`)
    await expect(dockerfile.pinning('latest')).toBeVisible()
    await expect(dockerfile.finding('latest-tag', lineOf(latest.text, /^FROM ubuntu:latest/))).toHaveCount(1)

    // A multi-stage file in its place: every FROM, as written, with its pinning; findings; a diff.
    await dockerfile.drop(multiStage)
    await expect(dockerfile.heading).toHaveText(`Dockerfile ${multiStage.name}`)
    await expect(dockerfile.stageRows).toHaveCount(multiStage.froms.length)
    expect(await dockerfile.stageColumn('FROM')).toEqual(multiStage.froms)
    expect(await dockerfile.stageColumn('Name')).toEqual(['build', '—'])
    await expect(dockerfile.pinning('minor')).toHaveCount(2)
    for (const from of multiStage.froms) {
      await expect(dockerfile.finding('not-digest-pinned', lineOf(multiStage.text, new RegExp(`^FROM ${from.replace(/\./g, '\\.')}`)))).toHaveCount(1)
    }
    await expect(dockerfile.suggestions.getByRole('listitem').first()).toBeVisible()
    await expect(dockerfile.removedLines.first()).toBeVisible()
    await expect(dockerfile.addedLines.first()).toBeVisible()
    await expect(dockerfile.removedLines.filter({ hasText: `-FROM ${multiStage.froms[1]}` })).toHaveCount(1)
    await expect(dockerfile.copySuggested).toBeEnabled()
    await expect(dockerfile.saveSuggested).toBeEnabled()
    await expect(dockerfile.failure).toHaveCount(0)

    // Bytes with NULs: the core's sentence, above the analysis kept from before.
    await dockerfile.drop({ name: 'app.bin', bytes: [0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 0, 3] })
    await expect(dockerfile.failure).toContainText('This file was not analysed: the previous analysis is kept below.')
    await expect(dockerfile.failure).toContainText(/binary/)
    await expect(dockerfile.stageRows).toHaveCount(multiStage.froms.length)
    expect(await dockerfile.stageColumn('FROM')).toEqual(multiStage.froms)
    await expect(dockerfile.heading).toHaveText(`Dockerfile ${multiStage.name}`)

    // An empty file: the same, with the core's word for it.
    await dockerfile.drop({ name: 'Dockerfile', text: '' })
    await expect(dockerfile.failure).toContainText(/empty/)
    await expect(dockerfile.failure).not.toContainText(/binary/)
    await expect(dockerfile.failure).toContainText('the previous analysis is kept below')
    expect(await dockerfile.stageColumn('FROM')).toEqual(multiStage.froms)
    await expect(dockerfile.removedLines.first()).toBeVisible()
  })

  test('in a browser, Open Dockerfile… picks a real file from disk and analyses it like a drop', async ({ app, page }) => {
    await app.navigation.getByRole('link', { name: 'Dockerfile' }).click()
    const dockerfile = new DockerfilePage(page)
    await expect(dockerfile.heading).toHaveText('Dockerfile')
    await dockerfile.openFromDisk(join(__dirname, '../fixtures/dockerfiles', multiStage.name))
    await expect(dockerfile.heading).toHaveText(`Dockerfile ${multiStage.name}`)
    expect(await dockerfile.stageColumn('FROM')).toEqual(multiStage.froms)
    await expect(dockerfile.failure).toHaveCount(0)
  })
})
