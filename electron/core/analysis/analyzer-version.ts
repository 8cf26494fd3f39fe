/**
 * Part of every cache key: bump it whenever a change to electron/core/analysis would give another
 * answer for the same image, so no earlier result is served again.
 */
export const ANALYZER_VERSION = '3'
