import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { app, BrowserWindow } from 'electron'
import { createDispatcher } from '../core/api/dispatch'
import { createServices } from '../core/services'
import { createBroadcaster, registerApi } from './ipc'
import { installMenu } from './menu'
import { createReportShell } from './report-shell'
import { applyContentSecurityPolicy, lockNavigation } from './security'
import { loadWindowState, rememberWindowState } from './window-state'

const rendererDir = join(__dirname, '../renderer')
const rendererEntry = pathToFileURL(join(rendererDir, 'index.html')).href
const devServerUrl = process.env.ELECTRON_RENDERER_URL

function isAppUrl(url: string): boolean {
  if (devServerUrl && url.startsWith(devServerUrl)) return true
  return url.startsWith(pathToFileURL(rendererDir).href)
}

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
  registerApi(createDispatcher(services.handlers), (sender) => isAppUrl(sender.getURL()))
  services.start()

  createWindow(dataDir)
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow(dataDir)
  })
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit()
  })
  app.on('will-quit', () => {
    void services.dispose()
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
