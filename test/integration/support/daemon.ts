import { inject } from 'vitest'
import './provided-context'

/**
 * Why the daemon tests skip, or '' when they run. Use as `describe.skipIf(noDocker)(…)`; the
 * reason is printed in a banner by the global setup, and REQUIRE_DOCKER=1 turns it into a failure.
 */
export const dockerSkipReason: string = inject('dockerSkipReason') ?? 'the integration global setup did not run'
export const noDocker = dockerSkipReason !== ''
