import { describe, expect, it } from 'vitest'
import { isAppPage } from './app-page'

const built = { entryUrl: 'file:///opt/Baseline/resources/app.asar/out/renderer/index.html' }
const dev = { ...built, devServerUrl: 'http://localhost:5173/' }

describe('isAppPage', () => {
  it.each([
    ['the built page', 'file:///opt/Baseline/resources/app.asar/out/renderer/index.html', built],
    ['the built page on a route', 'file:///opt/Baseline/resources/app.asar/out/renderer/index.html#/images/abc', built],
    ['a dev server page', 'http://localhost:5173/#/lineage', dev],
  ])('trusts %s', (_name, url, location) => {
    expect(isAppPage(url, location)).toBe(true)
  })

  it.each([
    ['another file in the renderer folder', 'file:///opt/Baseline/resources/app.asar/out/renderer/other.html', built],
    ['a sibling folder that shares the prefix', 'file:///opt/Baseline/resources/app.asar/out/renderer-evil/index.html', built],
    ['a downloaded file', 'file:///home/me/Downloads/index.html', built],
    ['a host that starts like the dev server', 'http://localhost:5173.evil.example/', dev],
    ['another port on the same host', 'http://localhost:5174/', dev],
    ['the dev server origin when no dev server runs', 'http://localhost:5173/', built],
    ['a remote page', 'https://example.com/', dev],
    ['about:blank', 'about:blank', dev],
    ['a data: URL', 'data:text/html,<script>1</script>', dev],
    ['nothing parsable', 'not a url', dev],
  ])('refuses %s', (_name, url, location) => {
    expect(isAppPage(url, location)).toBe(false)
  })
})
