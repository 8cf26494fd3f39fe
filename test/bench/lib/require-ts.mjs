// Lets the plain-Node bench scripts use the TypeScript fixture builders (test/fixtures) without a
// build step: Node 20 cannot strip types itself, so .ts files are transpiled on require with the
// project's own TypeScript (a pinned devDependency). Type errors are the typecheck's job, not ours.
import { createRequire } from 'node:module'
import { readFileSync } from 'node:fs'

const require = createRequire(import.meta.url)
const ts = require('typescript')

if (!require.extensions['.ts']) {
  require.extensions['.ts'] = (module, filename) => {
    const source = readFileSync(filename, 'utf8')
    const { outputText } = ts.transpileModule(source, {
      fileName: filename,
      compilerOptions: {
        module: ts.ModuleKind.CommonJS,
        target: ts.ScriptTarget.ES2022,
        esModuleInterop: true,
        sourceMap: false,
        inlineSourceMap: true,
      },
    })
    module._compile(outputText, filename)
  }
}

/** Loads a TypeScript module (path relative to this repository's test/bench/lib). */
export function requireTs(path) {
  return require(path)
}
