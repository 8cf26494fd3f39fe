#!/usr/bin/env node
'use strict'

// The `baseline` command: a thin loader for the CLI that `npm run build` compiles into out/cli.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const entry = join(__dirname, '..', 'out', 'cli', 'electron', 'cli', 'index.js')

// better-sqlite3 13's prebuilt binary crashes Node 20 with a segmentation fault the moment the
// cache opens: say what to do instead of dying on signal 11.
const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  process.stderr.write(`Baseline needs Node.js 24 or newer; this is Node ${process.versions.node}. Install Node 24 LTS and run it again.\n`)
  process.exit(1)
}

if (!existsSync(entry)) {
  process.stderr.write('Baseline is not built yet: run `npm run build`\n')
  process.exit(1)
}

const { version } = require('../package.json')
require(entry).main(process.argv.slice(2), { version })
