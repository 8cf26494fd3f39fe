import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import type { WindowApi } from '../../shared/contract'
import { ApiProvider } from './api/ApiProvider'
import { App } from './app/App'

declare global {
  interface Window {
    /** Put there by the preload (Electron) or the e2e harness; only ApiProvider receives it. */
    api?: WindowApi
  }
}

const root = document.getElementById('root')
if (!root) throw new Error('index.html has no #root element')

if (window.api) {
  createRoot(root).render(
    <StrictMode>
      <ApiProvider transport={window.api}>
        <App />
      </ApiProvider>
    </StrictMode>,
  )
} else {
  // Opened outside Electron and outside the harness: say so instead of rendering a broken app.
  root.textContent = 'Baseline cannot reach its core: window.api is missing. Start the app with npm start.'
}
