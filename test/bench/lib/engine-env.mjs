// BASELINE_TEST_ENGINE=docker26|podman points a bench at one of the test engines (test/engines),
// as it does the integration suite: DOCKER_HOST for the docker CLI and Baseline alike. Imported
// first, so the fixture names (Podman's localhost/) are read with it set.
import { TEST_ENGINES, testEngineEnv } from '../../engines/test-engines.mjs'

const engine = process.env.BASELINE_TEST_ENGINE
if (engine) {
  Object.assign(process.env, testEngineEnv(engine))
  console.log(`engine: ${TEST_ENGINES[engine].title} at ${process.env.DOCKER_HOST}`)
}
