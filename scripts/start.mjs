// `npm start`: makes sure an Electron binary is there, then `electron-vite preview` (build + run).
//
// electron@45 fetches its binary lazily, on the first require('electron'), but electron-vite 6
// only reads node_modules/electron/path.txt and throws "Electron uninstall" when it is missing
// (alex8088/electron-vite#904), so `npm start` failed on every fresh machine. The binary is fetched
// here, once, with its progress shown, through electron's own download library and its own
// install-electron (which checks the checksums, unpacks, and writes path.txt). Where it cannot be
// fetched, one plain paragraph says what to do instead, with no stack trace.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const electronDir = dirname(require.resolve('electron/package.json'))
const electronVersion = require('electron/package.json').version
/** A download that makes no progress for this long is given up (a proxy that holds the line). */
const STALL_MS = Number(process.env.BASELINE_ELECTRON_STALL_MS ?? 60_000)

function platformPath() {
  switch (process.platform) {
    case 'darwin':
      return 'Electron.app/Contents/MacOS/Electron'
    case 'win32':
      return 'electron.exe'
    default:
      return 'electron'
  }
}

/** The executable electron-vite will start, if one is already there (or pointed at). */
function existingBinary() {
  if (process.env.ELECTRON_EXEC_PATH) return process.env.ELECTRON_EXEC_PATH
  if (process.env.ELECTRON_OVERRIDE_DIST_PATH) return join(process.env.ELECTRON_OVERRIDE_DIST_PATH, platformPath())
  const pathFile = join(electronDir, 'path.txt')
  if (!existsSync(pathFile)) return null
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'))
  return existsSync(binary) ? binary : null
}

function explainAndExit(reason) {
  process.stderr.write(
    `\nBaseline could not start its desktop window: the Electron ${electronVersion} binary is not on this machine and could not be fetched (${reason}). ` +
      'Electron downloads it once, on first start, from its release server (or from ELECTRON_MIRROR); a machine that is offline or whose proxy refuses the download cannot get it. ' +
      'If you have an Electron binary, point at it: ELECTRON_EXEC_PATH=/path/to/electron npm start (the executable), or ELECTRON_OVERRIDE_DIST_PATH=/path/to/dist npm start (the folder holding it). ' +
      'To use Baseline right now without Electron, run it in your browser: npx baseline ui\n\n',
  )
  process.exit(1)
}

function shortReason(error) {
  const cause = error?.cause?.code ?? error?.cause?.message
  const message = String(error?.message ?? error).split('\n')[0]
  return cause && !message.includes(cause) ? `${message}: ${cause}` : message
}

/** Downloads into electron's cache with a progress line, then lets install-electron unpack it. */
async function fetchElectron() {
  const { downloadArtifact } = await import('@electron/get')
  process.stderr.write(`Electron ${electronVersion} is not installed yet: fetching it once (about 100 MB)…\n`)
  let lastShown = -1
  let stall
  const stalled = new Promise((_, reject) => {
    const arm = () => {
      clearTimeout(stall)
      stall = setTimeout(() => reject(new Error(`no data for ${STALL_MS / 1000} s`)), STALL_MS)
    }
    arm()
    fetchElectron.onProgress = arm
  })
  const download = downloadArtifact({
    version: electronVersion,
    artifactName: 'electron',
    cacheRoot: process.env.electron_config_cache,
    checksums: require('electron/checksums.json'),
    downloadOptions: {
      quiet: true,
      getProgressCallback: async ({ percent }) => {
        fetchElectron.onProgress()
        const shown = Math.floor(percent * 100)
        if (shown !== lastShown && (shown % 5 === 0 || shown === 100)) {
          lastShown = shown
          process.stderr.write(process.stderr.isTTY ? `\r  ${shown}%` : `  ${shown}%\n`)
        }
      },
    },
  })
  try {
    await Promise.race([download, stalled])
  } finally {
    clearTimeout(stall)
  }
  if (process.stderr.isTTY) process.stderr.write('\n')
  // install-electron finds the archive in the cache, checks it, unpacks it and writes path.txt.
  const unpack = spawnSync(process.execPath, [join(electronDir, 'install.js')], { stdio: ['ignore', 'inherit', 'pipe'], encoding: 'utf8' })
  if (unpack.status !== 0) throw new Error(`install-electron failed: ${(unpack.stderr ?? '').trim().split('\n')[0]}`)
}

if (existingBinary() === null) {
  try {
    await fetchElectron()
  } catch (error) {
    explainAndExit(shortReason(error))
  }
  if (existingBinary() === null) explainAndExit('install-electron finished but left no binary')
}
const binary = existingBinary()
// electron-vite reads ELECTRON_EXEC_PATH before path.txt; setting it covers ELECTRON_OVERRIDE_DIST_PATH too.
const env = { ...process.env, ELECTRON_EXEC_PATH: binary }
const electronVite = join(dirname(require.resolve('electron-vite/package.json')), 'bin/electron-vite.js')
const child = spawn(process.execPath, [electronVite, 'preview', ...process.argv.slice(2)], { stdio: 'inherit', env })
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal))
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
