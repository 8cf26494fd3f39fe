import type { Page } from '@playwright/test'

/** What the init script adds to the page's window; the Node-side tsconfig has no DOM types. */
interface StubWindow {
  navigator: object
  __clipboardWrites: string[]
  /** When set, writeText rejects with this message, as a browser refusing permission does. */
  __clipboardRefusal: string | null
}

/** Runs in the page before its scripts (addInitScript), so it must be self-contained. */
function installClipboard(): void {
  const page = globalThis as unknown as StubWindow
  page.__clipboardWrites = []
  page.__clipboardRefusal = null
  const writeText = (text: string): Promise<void> => {
    if (page.__clipboardRefusal !== null) return Promise.reject(new Error(page.__clipboardRefusal))
    page.__clipboardWrites.push(text)
    return Promise.resolve()
  }
  Object.defineProperty(page.navigator, 'clipboard', { configurable: true, value: { writeText } })
}

/**
 * A recording clipboard, and a fault injector. The machine's real clipboard is shared with every
 * other program (and headless Chromium asks permission to read it back), so the test could not
 * check what was copied; and no real clipboard refuses a write on demand. Install it before the
 * page loads.
 */
export class ClipboardStub {
  private constructor(private readonly page: Page) {}

  static async install(page: Page): Promise<ClipboardStub> {
    await page.addInitScript(installClipboard)
    return new ClipboardStub(page)
  }

  /** Every text written so far, oldest first. */
  writes(): Promise<string[]> {
    return this.page.evaluate(() => (globalThis as unknown as StubWindow).__clipboardWrites)
  }

  /** From now on, writeText rejects with `message`. */
  refuse(message: string): Promise<void> {
    return this.page.evaluate((text) => {
      const target = globalThis as unknown as StubWindow
      target.__clipboardRefusal = text
    }, message)
  }

  /** The text the page has selected (what a person would copy by hand). */
  selection(): Promise<string> {
    return this.page.evaluate(() => String((globalThis as unknown as { getSelection(): unknown }).getSelection()))
  }
}
