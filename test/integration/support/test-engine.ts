/** The engine this run tests (BASELINE_TEST_ENGINE; Docker 20.10 when unset). */
export type TestEngineName = 'docker20' | 'docker26' | 'podman'
export const testEngine: TestEngineName = (process.env.BASELINE_TEST_ENGINE as TestEngineName | undefined) ?? 'docker20'

/**
 * Only Docker's graph-driver store keeps an image for the images built on it: on Podman and under
 * the containerd store, `docker rmi` of its last tag deletes it even while a child exists (both
 * print "Deleted:"). Moving the tag to another image leaves it behind untagged on all three.
 */
export const keepsUntaggedParents = testEngine === 'docker20'

/**
 * Docker 20.10 reports bytes of files; Podman tar sizes (an empty layer is 1,024 bytes); Docker 26
 * on the containerd store disk blocks (4,096 for an empty layer). Only on 20.10 do the engine's
 * figures equal the bytes the fixtures wrote.
 */
export const sizesAreFileBytes = testEngine === 'docker20'

export { engineGet, listedSize, listedSizes } from '../../fixtures/images/engine-api'
