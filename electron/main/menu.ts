import { BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron'
import type { EmitEvent } from '../../shared/contract'
import type { DockerfileService } from '../core/dockerfile/dockerfile-service'

/** The application menu: the platform's standard menus, with File › Open Dockerfile… added. */
export function installMenu(dockerfiles: DockerfileService, emitToFocused: EmitEvent): void {
  const isMac = process.platform === 'darwin'
  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      { label: 'Open Dockerfile…', accelerator: 'CmdOrCtrl+O', click: () => void openDockerfile(dockerfiles, emitToFocused) },
      { type: 'separator' },
      isMac ? { role: 'close' } : { role: 'quit' },
    ],
  }
  Menu.setApplicationMenu(Menu.buildFromTemplate([
    ...(isMac ? [{ role: 'appMenu' } as const] : []),
    file,
    { role: 'editMenu' },
    { role: 'viewMenu' },
    { role: 'windowMenu' },
  ]))
}

/** The native dialog starts in the folder of the last Dockerfile opened; the core reads the file. */
async function openDockerfile(dockerfiles: DockerfileService, emit: EmitEvent): Promise<void> {
  try {
    const defaultPath = (await dockerfiles.lastFolder()) ?? undefined
    const options = { title: 'Open Dockerfile', defaultPath, properties: ['openFile' as const] }
    const window = BrowserWindow.getFocusedWindow()
    const choice = window ? await dialog.showOpenDialog(window, options) : await dialog.showOpenDialog(options)
    const [path] = choice.filePaths
    if (choice.canceled || path === undefined) return
    emit('dockerfile.opened', await dockerfiles.openPath(path))
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    emit('app.notice', { level: 'warning', message, at: new Date().toISOString() })
  }
}
