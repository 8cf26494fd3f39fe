import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { WindowApi } from '../../shared/contract'
import { ApiProvider } from './api/ApiProvider'
import type { Transport } from './api/api-client'
import { createHttpTransport } from './api/http-transport'
import { App } from './app/App'

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the e2e fault bridge; only ApiProvider receives it. */
    api?: WindowApi
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

/** Electron's IPC when the preload exposed it; served over http(s), the `baseline ui` server. */
function chooseTransport(): Transport | null {
  if (window.api) return window.api
  return location.protocol === 'http:' || location.protocol === 'https:' ? createHttpTransport() : null
}

const transport = chooseTransport()
if (transport) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider transport={transport}>
        <App />
      </ApiProvider>
    </StrictMode>,
  )
} else {
  // Opened from a file outside Electron: say so instead of rendering a broken app.
  root.textContent = 'Baseline cannot reach its core: start the desktop app with npm start, or the browser mode with npx baseline ui.'
}
