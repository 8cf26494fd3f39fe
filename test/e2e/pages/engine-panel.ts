import type { Locator, Page } from '@playwright/test'

/** The Engine screen: which endpoint answered, or which were tried and why they failed. */
export class EnginePanel {
  readonly region: Locator
  readonly unreachableHeading: Locator
  readonly endpointsTried: Locator
  readonly retry: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Engine' })
    this.unreachableHeading = this.region.getByRole('heading', { name: 'Docker engine unreachable' })
    this.endpointsTried = this.region.getByRole('list', { name: 'Endpoints tried' }).getByRole('listitem')
    this.retry = this.region.getByRole('button', { name: 'Retry' })
  }

  /** The attempt that names this endpoint (a URL such as unix:///tmp/…/docker.sock). */
  attemptFor(endpoint: string): Locator {
    return this.endpointsTried.filter({ hasText: endpoint })
  }

  connectedTo(text: string | RegExp): Locator {
    return this.region.getByText(typeof text === 'string' ? `Connected to ${text}` : text)
  }

  engineVersion(version: string): Locator {
    return this.region.getByText(`Engine ${version}`)
  }
}
