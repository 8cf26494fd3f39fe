import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { screen, type BrowserWindow, type Rectangle } from 'electron'

interface WindowState {
  bounds: Rectangle
  isMaximized: boolean
}

const DEFAULT_BOUNDS: Rectangle = { x: 0, y: 0, width: 1280, height: 820 }

function fileOf(dataDir: string): string {
  return join(dataDir, 'window-state.json')
}

/** The last size and position, if it still fits on a connected display. */
export function loadWindowState(dataDir: string): WindowState {
  try {
    const state = JSON.parse(readFileSync(fileOf(dataDir), 'utf8')) as WindowState
    const visible = screen.getAllDisplays().some(({ workArea }) =>
      state.bounds.x < workArea.x + workArea.width && state.bounds.x + state.bounds.width > workArea.x &&
      state.bounds.y < workArea.y + workArea.height && state.bounds.y + state.bounds.height > workArea.y)
    if (visible && state.bounds.width >= 400 && state.bounds.height >= 300) return state
  } catch {
    // First start, or an unreadable file: fall back to the default size.
  }
  return { bounds: DEFAULT_BOUNDS, isMaximized: false }
}

export function rememberWindowState(window: BrowserWindow, dataDir: string): void {
  const save = (): void => {
    if (window.isDestroyed()) return
    const state: WindowState = { bounds: window.getNormalBounds(), isMaximized: window.isMaximized() }
    try {
      writeFileSync(fileOf(dataDir), JSON.stringify(state))
    } catch {
      // Losing the window position is not worth interrupting anyone for.
    }
  }
  window.on('close', save)
}
