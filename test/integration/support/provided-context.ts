// Types only: global-setup.ts provides these values and test files inject them. Kept apart from
// daemon.ts because the global setup runs outside a test worker and may not call inject().
declare module 'vitest' {
  export interface ProvidedContext {
    /** Empty when the engine answered; otherwise why every daemon test skips. */
    dockerSkipReason: string
  }
}

export {}
