import type { ImageDetail } from '../../../../shared/model'
import { appSteps, image, officialSteps } from './fixtures'

/**
 * debian:trixie-slim -> python:3.12-slim -> app, built the way Docker Hub builds them: the real
 * catalogue histories, python's first layer exactly debian's, the app's first four python's.
 */
export interface ThreeLevels {
  debian: ImageDetail
  python: ImageDetail
  app: ImageDetail
}

export function threeLevels(): ThreeLevels {
  const debianHistory = officialSteps('debian:trixie-slim', 'debian-build-1', [], '2026-08-03T00:00:00.000Z')
  const pythonHistory = officialSteps('python:3.12-slim', 'python-build-1', debianHistory, '2026-08-05T01:04:15.000Z')
  return {
    debian: image({ name: 'debian', history: debianHistory, tags: ['debian:trixie-slim', 'debian:13-slim'] }),
    python: image({ name: 'python', history: pythonHistory, tags: ['python:3.12-slim', 'python:3.12.13-slim', 'python:3-slim'] }),
    app: image({ name: 'app', history: appSteps(pythonHistory, 'app-build-1'), tags: ['shop/api:1.4.0'] }),
  }
}
