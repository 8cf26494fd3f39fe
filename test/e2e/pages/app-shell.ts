import type { Locator, Page } from '@playwright/test'
import { EnginePanel } from './engine-panel'
import { ImageListPage } from './image-list-page'
import { ImagePage } from './image-page'

/** The window around every screen: the main navigation and the engine status button. */
export class AppShell {
  readonly navigation: Locator
  readonly engineStatus: Locator

  constructor(readonly page: Page) {
    this.navigation = page.getByRole('navigation', { name: 'Main' })
    this.engineStatus = page.getByRole('button', { name: /^Engine:/ })
  }

  get imageList(): ImageListPage {
    return new ImageListPage(this.page)
  }

  get imagePage(): ImagePage {
    return new ImagePage(this.page)
  }

  get enginePanel(): EnginePanel {
    return new EnginePanel(this.page)
  }

  async goToImages(): Promise<ImageListPage> {
    await this.navigation.getByRole('link', { name: 'Images', exact: true }).click()
    return this.imageList
  }

  async goToEngine(): Promise<EnginePanel> {
    await this.navigation.getByRole('link', { name: 'Engine', exact: true }).click()
    return this.enginePanel
  }
}
