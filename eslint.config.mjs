import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import regexp from 'eslint-plugin-regexp'

// Import boundaries (DESIGN.md): each platform package may be imported in exactly one place.
const banned = {
  electron: { name: 'electron', message: 'electron belongs to electron/main and electron/preload only.' },
  dockerode: { name: 'dockerode', message: 'dockerode belongs to electron/core/engine only.' },
  sqlite: { name: 'better-sqlite3', message: 'better-sqlite3 belongs to electron/core/cache only.' },
  react: { name: 'react', message: 'react belongs to the renderer only.' },
}
const nodeBuiltins = { group: ['node:*'], message: 'shared/ and renderer/ are platform-free.' }
const toCore = { group: ['**/electron/**', '../electron/*', '../../electron/*'], message: 'renderer/ and shared/ may not import the Node side.' }
const toRenderer = { group: ['**/renderer/**'], message: 'Only the renderer imports the renderer.' }

function restrict(paths, patterns = []) {
  return { 'no-restricted-imports': ['error', { paths, patterns }] }
}

export default tseslint.config(
  { ignores: ['out/**', 'dist/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'bin/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Baseline reads text it does not control (labels, history, Dockerfiles): a regular expression
    // that backtracks super-linearly is a way to stall the main process (issue 15).
    plugins: { regexp },
    rules: { 'regexp/no-super-linear-backtracking': 'error' },
  },
  {
    // Unanchored searches that rescan from every position: what ships must not; tests match our own output.
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: { 'regexp/no-super-linear-move': 'error' },
  },
  {
    files: ['electron/core/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([banned.electron, banned.dockerode, banned.sqlite, banned.react], [toRenderer]),
  },
  {
    files: ['electron/core/engine/**/*.ts'],
    rules: restrict([banned.electron, banned.sqlite, banned.react], [toRenderer]),
  },
  {
    files: ['electron/core/cache/**/*.ts'],
    rules: restrict([banned.electron, banned.dockerode, banned.react], [toRenderer]),
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: restrict([banned.dockerode, banned.sqlite, banned.react], [toRenderer]),
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([banned.electron, banned.dockerode, banned.sqlite, banned.react], [nodeBuiltins, toCore, toRenderer]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict([banned.electron, banned.dockerode, banned.sqlite], [nodeBuiltins, toCore]),
  },
  {
    files: ['test/**/*.ts', '*.config.*'],
    rules: restrict([banned.electron, banned.react], [toRenderer]),
  },
)
