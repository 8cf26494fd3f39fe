import type { Locator, Page } from '@playwright/test'

/** What the core needs a person to know that is not an answer; absent while there is nothing. */
export class NoticesArea {
  readonly region: Locator
  readonly notices: Locator

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Notices' })
    this.notices = this.region.getByRole('listitem')
  }

  notice(text: string | RegExp): Locator {
    return this.notices.filter({ hasText: text })
  }

  dismiss(notice: Locator): Promise<void> {
    return notice.getByRole('button', { name: 'Dismiss', exact: true }).click()
  }
}
