import { expect, type Locator, type Page } from '@playwright/test'
import { cellTexts } from './table-cells'

/** What the init script and the drop helpers touch in the page; the Node-side tsconfig has no DOM types. */
interface DropWindow {
  DataTransfer: new () => { items: { add(file: unknown): unknown } }
  File: new (parts: unknown[], name: string) => unknown
  DragEvent: new (type: string, init: { bubbles: boolean; cancelable: boolean; dataTransfer: unknown }) => unknown
  dispatchEvent(event: unknown): boolean
  __baselineDrag?: unknown
}

/**
 * A file as the page will receive it: text is sent as is, bytes as a plain array (evaluate
 * arguments are JSON, so a Uint8Array would not survive the trip).
 */
export interface DroppedFile {
  name: string
  text?: string
  bytes?: number[]
}

/**
 * The Dockerfile page, and the window-wide drop that opens it. A real drag from a file manager
 * cannot be driven in headless Chromium, so the drag is synthesised in the page: a DataTransfer
 * holding one File, and DragEvents dispatched on window, where use-window-drop.ts listens.
 */
export class DockerfilePage {
  readonly overlay: Locator
  readonly heading: Locator
  readonly stages: Locator
  /** Body rows only: the header row holds columnheaders, not cells. */
  readonly stageRows: Locator
  readonly findings: Locator
  readonly suggestions: Locator
  readonly diff: Locator
  readonly addedLines: Locator
  readonly removedLines: Locator
  readonly copySuggested: Locator
  readonly saveSuggested: Locator
  /** A failed analysis, shown above the one kept. */
  readonly failure: Locator
  /** Browser mode's File › Open: the browser's file picker. */
  readonly openButton: Locator

  constructor(readonly page: Page) {
    this.overlay = page.getByRole('region', { name: 'Drop a Dockerfile' })
    this.heading = page.getByRole('heading', { level: 1, name: /^Dockerfile/ })
    this.stages = page.getByRole('table', { name: 'Stages' })
    this.stageRows = this.stages.getByRole('row').filter({ has: page.getByRole('cell') })
    this.findings = page.getByRole('list', { name: 'Findings' })
    this.suggestions = page.getByRole('list', { name: 'Suggestions' })
    this.diff = page.getByRole('figure', { name: 'Suggested changes' })
    // The diff keeps its signs in the text; the lines are told apart by text alone, never by colour.
    this.addedLines = this.diff.locator('code > span').filter({ hasText: /^\+(?!\+\+)/ })
    this.removedLines = this.diff.locator('code > span').filter({ hasText: /^-(?!--)/ })
    this.copySuggested = this.diff.getByRole('button', { name: 'Copy suggested Dockerfile' })
    this.saveSuggested = this.diff.getByRole('button', { name: 'Save suggested Dockerfile' })
    this.failure = page.getByRole('alert')
    this.openButton = page.getByRole('button', { name: 'Open Dockerfile…' })
  }

  /** Opens a file from disk through the browser's file picker, as a person choosing it would. */
  async openFromDisk(path: string): Promise<void> {
    const [chooser] = await Promise.all([this.page.waitForEvent('filechooser'), this.openButton.click()])
    expect(chooser.isMultiple()).toBe(false)
    await chooser.setFiles(path)
  }

  stageColumn(column: string): Promise<string[]> {
    return cellTexts(this.stages, this.stageRows, column)
  }

  pinning(pinningClass: string): Locator {
    return this.stages.getByRole('img', { name: `Pinning: ${pinningClass}`, exact: true })
  }

  finding(rule: string, line: number): Locator {
    return this.findings.getByRole('listitem').filter({ hasText: rule }).filter({ hasText: new RegExp(`\\bline ${line}\\b`) })
  }

  /** Starts a drag of `file` over the window: dragenter then dragover, as the browser sends them. */
  async dragOver(file: DroppedFile): Promise<void> {
    await this.page.evaluate((dropped) => {
      const page = globalThis as unknown as DropWindow
      const transfer = new page.DataTransfer()
      const content = dropped.bytes ? new Uint8Array(dropped.bytes) : (dropped.text ?? '')
      transfer.items.add(new page.File([content], dropped.name))
      page.__baselineDrag = transfer
      for (const type of ['dragenter', 'dragover']) {
        page.dispatchEvent(new page.DragEvent(type, { bubbles: true, cancelable: true, dataTransfer: transfer }))
      }
    }, file)
  }

  /** Ends the drag begun by dragOver with a drop on the window. */
  async release(): Promise<void> {
    await this.page.evaluate(() => {
      const page = globalThis as unknown as DropWindow
      const transfer = page.__baselineDrag
      page.__baselineDrag = undefined
      page.dispatchEvent(new page.DragEvent('drop', { bubbles: true, cancelable: true, dataTransfer: transfer }))
    })
  }

  async drop(file: DroppedFile): Promise<void> {
    await this.dragOver(file)
    await this.release()
  }
}
