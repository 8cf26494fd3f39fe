import type { Locator, Page } from '@playwright/test'

/** The "Base image" region of an image page: hierarchy, method, pinning, drift and sizes. */
export class BaseSection {
  readonly region: Locator
  readonly hierarchy: Locator
  /** This image first, then each base level, nearest first. */
  readonly levels: Locator
  /** The level naming the page shown (aria-current="page"). */
  readonly current: Locator
  readonly pinningBadge: Locator
  /** The "Base moved" callout: a status, so screen readers announce it. */
  readonly moved: Locator
  readonly unchanged: Locator
  /** "Base 1.99 MB + own 4 MB". */
  readonly sizes: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Base image' })
    this.hierarchy = this.region.getByRole('navigation', { name: 'Base hierarchy' })
    this.levels = this.hierarchy.getByRole('listitem')
    this.current = this.hierarchy.locator('[aria-current="page"]')
    this.pinningBadge = this.region.getByRole('img', { name: /^Pinning: / })
    this.moved = this.region.getByRole('status').filter({ hasText: 'Base moved' })
    this.unchanged = this.region.getByText('Base tag unchanged')
    this.sizes = this.region.getByRole('definition').filter({ hasText: /^\s*Base\s.*\+ own\s/ })
  }

  /** A base level that opens its image: named by its tag, or by its short ID when untagged. */
  levelLink(name: string): Locator {
    return this.hierarchy.getByRole('link', { name, exact: true })
  }

  /** "layer chain", "OCI labels", "history fingerprint" or "no base found". */
  method(words: string): Locator {
    return this.region.getByText(words, { exact: true })
  }

  pinning(pinningClass: string): Locator {
    return this.region.getByRole('img', { name: `Pinning: ${pinningClass}`, exact: true })
  }

  /** The one-line explanation beside the pinning badge. */
  async pinningExplanation(): Promise<string> {
    // `has` looks inside each candidate, so the badge is named from the page, not the region.
    const beside = this.region.getByRole('definition').filter({ has: this.page.getByRole('img', { name: /^Pinning: / }) })
    const [all, badge] = await Promise.all([beside.innerText(), this.pinningBadge.innerText()])
    return all.replace(badge, '').trim()
  }
}
