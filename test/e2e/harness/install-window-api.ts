import type { EventListener, EventName, Reply, WindowApi } from '../../../shared/contract'

export interface BridgeLists {
  methods: readonly string[]
  events: readonly string[]
}

/** What the init script finds on the page's window. */
interface BridgeWindow {
  __baselineInvoke(method: string, request: unknown): Promise<Reply<unknown>>
}

/**
 * Runs in the page before any of its scripts (addInitScript), so it must be self-contained: it is
 * sent as source text, closures over module scope would not survive. It mirrors
 * electron/preload/index.ts — one generic invoke and one generic subscription, both checked
 * against the contract's lists — with the Playwright binding standing in for ipcRenderer.
 */
export function installWindowApi(lists: BridgeLists): void {
  // globalThis is the page's window; the Node-side tsconfig has no DOM types to name it.
  const bridge = globalThis as unknown as BridgeWindow
  const listeners = new Map<string, Set<(payload: unknown) => void>>()

  const api: WindowApi = {
    invoke(method, request) {
      if (!lists.methods.includes(method)) return Promise.reject(new Error(`unknown method ${String(method)}`))
      return bridge.__baselineInvoke(method, request) as ReturnType<WindowApi['invoke']>
    },
    on<E extends EventName>(event: E, listener: EventListener<E>) {
      if (!lists.events.includes(event)) throw new Error(`unknown event ${String(event)}`)
      const forward = (payload: unknown): void => listener(payload as Parameters<EventListener<E>>[0])
      const set = listeners.get(event) ?? new Set()
      set.add(forward)
      listeners.set(event, set)
      return () => {
        set.delete(forward)
      }
    },
  }

  // Frozen and non-writable, like an object the preload's contextBridge exposes.
  Object.defineProperty(globalThis, 'api', { value: Object.freeze(api), enumerable: true })
}
