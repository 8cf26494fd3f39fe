import { defineConfig } from 'vitest/config'
import { testEngineEnv } from './test/engines/test-engines.mjs'

// BASELINE_TEST_ENGINE=docker20|docker26|podman points the integration run (the workers inherit
// this environment: the docker CLI of the fixtures and the core alike) at one test engine.
if (process.env.BASELINE_TEST_ENGINE) Object.assign(process.env, testEngineEnv(process.env.BASELINE_TEST_ENGINE))

// Two projects so CI can report unit and integration counts apart. Integration talks to the real
// daemon, one file at a time, because fixture images are shared engine state.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['electron/**/*.test.ts', 'shared/**/*.test.ts', 'renderer/src/**/*.test.{ts,tsx}', 'test/fuzz/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          environment: 'node',
          include: ['test/integration/**/*.test.ts'],
          // What only the containerd image store can hold (multi-platform indexes) runs on Docker 26 only.
          exclude: process.env.BASELINE_TEST_ENGINE === 'docker26' ? [] : ['test/integration/containerd/**'],
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 300_000,
          globalSetup: ['test/integration/global-setup.ts'],
        },
      },
    ],
  },
})
