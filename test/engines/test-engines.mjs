// The engines the integration suite runs against, one socket each (test/engines/start-*.sh start
// them). BASELINE_TEST_ENGINE picks one; it becomes DOCKER_HOST, which both the docker CLI (the
// fixture builders and the tests' oracle) and the core's discovery obey. Plain JS: run-all.mjs and
// the vitest config both read it.

const docker26Dir = (env) => env.BASELINE_DOCKER26_DIR || '/var/cache/baseline-ci/docker26-trixie'

/** @type {Record<string, { title: string, host: (env: NodeJS.ProcessEnv) => string, start: string | null, extraSuites?: string[] }>} */
export const TEST_ENGINES = {
  docker20: {
    title: 'Docker 20.10 (overlay2)',
    host: (env) => env.BASELINE_DOCKER20_HOST || 'unix:///var/run/docker.sock',
    start: null,
  },
  docker26: {
    title: 'Docker 26 (containerd image store)',
    host: (env) => `unix://${docker26Dir(env)}/run/docker.sock`,
    start: 'test/engines/start-docker26.sh',
    // Multi-platform indexes exist only on the containerd store (vitest.config.mts excludes it elsewhere).
    extraSuites: ['test/integration/containerd/multi-platform.test.ts'],
  },
  podman: {
    title: 'Podman 4.3',
    host: (env) => `unix://${env.BASELINE_PODMAN_SOCK || '/run/baseline-podman.sock'}`,
    start: 'test/engines/start-podman.sh',
  },
}

export const DEFAULT_TEST_ENGINE = 'docker20'

/**
 * The integration files that run again on every other engine: images, analysis (chains, labels,
 * the untagged middle, drift), advice with a local sibling, scans (known waste, cancel, hostile
 * archives) and reports. The rest (CLI errors, cache faults, Dockerfiles, live updates) test our
 * own code paths, which do not change with the engine, and run on the default engine only.
 */
export const ENGINE_SUITES = [
  'test/integration/images-list.test.ts',
  'test/integration/image-history.test.ts',
  'test/integration/analysis-chain.test.ts',
  'test/integration/analysis-label.test.ts',
  'test/integration/analysis-middle-untagged.test.ts',
  'test/integration/analysis-base-moved.test.ts',
  'test/integration/advice-local-sibling.test.ts',
  'test/integration/layers-scan.test.ts',
  'test/integration/layers-cancel.test.ts',
  'test/integration/layers-hostile.test.ts',
  'test/integration/layers-zstd.test.ts',
  'test/integration/files-read.test.ts',
  'test/integration/files-compare.test.ts',
  'test/integration/report-formats.test.ts',
  'test/integration/report-html.test.ts',
  'test/integration/sizes-agree.test.ts',
  'test/integration/engine-title.test.ts',
]

/**
 * The environment a test run on `name` needs: DOCKER_HOST, which outranks any docker context in
 * the CLI and in the core's discovery. Throws on a name that is not an engine, so a typo never silently tests
 * the default engine.
 */
export function testEngineEnv(name, env = process.env) {
  const engine = TEST_ENGINES[name]
  if (!engine) throw new Error(`BASELINE_TEST_ENGINE=${name} is not one of ${Object.keys(TEST_ENGINES).join(', ')}`)
  return { BASELINE_TEST_ENGINE: name, DOCKER_HOST: engine.host(env) }
}
