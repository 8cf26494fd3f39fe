import type BetterSqlite3 from 'better-sqlite3'

/** The better-sqlite3 constructor: what a cache connection is opened with. */
export type SqliteModule = typeof BetterSqlite3

/** Loads the native SQLite module; throws what `require` threw when it cannot be loaded. */
export type LoadSqlite = () => SqliteModule

/**
 * The one place the native module is loaded, and only when the cache is first opened. A module
 * that fails to load (built for another ABI, missing from a package, refused by the OS) must not
 * stop the core from loading: the cache then works without native code for the session.
 */
export const loadBetterSqlite: LoadSqlite = () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy, see above
  return require('better-sqlite3') as SqliteModule
}
