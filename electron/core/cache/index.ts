export {
  CACHE_FILE_NAME,
  DEFAULT_BUSY_TIMEOUT_MS,
  DEFAULT_MAX_BYTES,
  type CacheEntryInput,
  type CacheMode,
  type CacheStats,
  type CacheStore,
  type OpenCacheStoreOptions,
} from './cache-store'
export { cliCacheDirectory } from './cache-directory'
export { openCacheStore } from './open-cache-store'
