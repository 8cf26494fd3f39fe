#!/usr/bin/env node
'use strict'

// The `baseline` command: a thin loader for the CLI that `npm run build` compiles into out/cli.
const { existsSync } = require('node:fs')
const { join } = require('node:path')

const entry = join(__dirname, '..', 'out', 'cli', 'electron', 'cli', 'index.js')

if (!existsSync(entry)) {
  process.stderr.write('Baseline is not built yet: run `npm run build`\n')
  process.exit(1)
}

const { version } = require('../package.json')
require(entry).main(process.argv.slice(2), { version })
