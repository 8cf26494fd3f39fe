import { defineConfig } from '@playwright/test'
import suite from './playwright.config'

/**
 * `npm run screenshots`: the README's pictures, taken through `baseline ui` like every e2e test,
 * and written over the tracked PNGs in test/e2e/screenshots. The only run allowed to write there.
 */
export default defineConfig({
  ...suite,
  testMatch: 'readme.screenshots.ts',
})
