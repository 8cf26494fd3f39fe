// `npm run advice-table`: prints the advisor's decision table, computed from the rule data the
// advisor itself runs on (electron/core/advisor/decision-table.ts), after `tsc -p tsconfig.cli.json`.
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const require = createRequire(import.meta.url)
const { adviceTable } = require(join(root, 'out/cli/electron/core/advisor/advice-table.js'))
const { loadCatalog } = require(join(root, 'out/cli/electron/core/catalog/catalog.js'))

process.stdout.write(`${adviceTable(loadCatalog())}\n`)
