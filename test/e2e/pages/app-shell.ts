import type { Locator, Page } from '@playwright/test'
import { EnginePanel } from './engine-panel'
import { ImageListPage } from './image-list-page'
import { ImagePage } from './image-page'
import { LineagePage } from './lineage-page'
import { NoticesArea } from './notices-area'

/** The window around every screen: the main navigation, the engine status button, the notices. */
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

  get lineage(): LineagePage {
    return new LineagePage(this.page)
  }

  get notices(): NoticesArea {
    return new NoticesArea(this.page)
  }

  get enginePanel(): EnginePanel {
    return new EnginePanel(this.page)
  }

  async goToImages(): Promise<ImageListPage> {
    await this.navigation.getByRole('link', { name: 'Images', exact: true }).click()
    return this.imageList
  }

  async goToLineage(): Promise<LineagePage> {
    await this.navigation.getByRole('link', { name: 'Lineage', exact: true }).click()
    return this.lineage
  }

  async goToEngine(): Promise<EnginePanel> {
    await this.navigation.getByRole('link', { name: 'Engine', exact: true }).click()
    return this.enginePanel
  }
}
