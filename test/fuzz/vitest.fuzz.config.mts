import { defineConfig } from 'vitest/config'

// `npm run fuzz` only: the at-size run is minutes of CPU, so it is not part of the unit project.
export default defineConfig({
  test: {
    name: 'fuzz',
    environment: 'node',
    include: ['test/fuzz/**/*.fuzz.ts'],
    testTimeout: 3_600_000,
  },
})
