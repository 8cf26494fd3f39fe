import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { isAppPage } from '../core/api/app-page'
import { createDispatcher } from '../core/api/dispatch'
import { createServices } from '../core/services'
import { createBroadcaster, registerApi } from './ipc'
import { installMenu } from './menu'
import { createReportShell } from './report-shell'
import { applyContentSecurityPolicy, lockNavigation } from './security'
import { loadWindowState, rememberWindowState } from './window-state'

const rendererEntry = pathToFileURL(join(__dirname, '../renderer/index.html')).href
const devServerUrl = process.env.ELECTRON_RENDERER_URL
const appPage = { entryUrl: rendererEntry, devServerUrl }
const isAppUrl = (url: string): boolean => isAppPage(url, appPage)
/** Quitting waits this long at most for the core to close (SQLite closed, pending writes flushed). */
const CLOSE_CORE_MS = 5_000

function createWindow(dataDir: string): BrowserWindow {
  const state = loadWindowState(dataDir)
  const window = new BrowserWindow({
    ...state.bounds,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Baseline',
    webPreferences: {
      preload: join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      nodeIntegration: false,
      sandbox: true,
      webSecurity: true,
      spellcheck: false,
      // A middle-click on a link must not open anything (electronegativity AUXCLICK_JS_CHECK).
      disableBlinkFeatures: 'Auxclick',
    },
  })
  if (state.isMaximized) window.maximize()
  rememberWindowState(window, dataDir)
  lockNavigation(window.webContents, isAppUrl)
  window.once('ready-to-show', () => window.show())
  void (devServerUrl ? window.loadURL(devServerUrl) : window.loadURL(rendererEntry))
  return window
}

async function start(): Promise<void> {
  await app.whenReady()
  const dataDir = app.getPath('userData')
  applyContentSecurityPolicy()

  const focused = () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]
  const services = createServices({
    dataDir,
    emit: createBroadcaster(() => BrowserWindow.getAllWindows()),
    reportShell: createReportShell(focused),
  })
  installMenu(services.dockerfiles, createBroadcaster(() => [focused()].filter((window) => window !== undefined)))
  registerApi(createDispatcher(services.handlers), isAppUrl)
  services.start()

  createWindow(dataDir)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(dataDir)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  let coreClosed = false
  app.on('will-quit', (event) => {
    if (coreClosed) return
    // Hold the quit until the cache is closed and settings are written, then quit for real.
    event.preventDefault()
    const timeout = new Promise((resolve) => setTimeout(resolve, CLOSE_CORE_MS))
    void Promise.race([services.dispose(), timeout])
      .catch((error: unknown) => console.error('[baseline] closing the core failed', error))
      .finally(() => {
        coreClosed = true
        app.quit()
      })
  })
}

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  app.on('second-instance', () => {
    const [window] = BrowserWindow.getAllWindows()
    if (window) {
      if (window.isMinimized()) window.restore()
      window.focus()
    }
  })
  void start()
}
