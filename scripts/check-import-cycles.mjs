// `npm run check:imports`: the import graph of electron/core, between files and between its modules
// (the folders of ARCHITECTURE.md), must have no cycle. Prints every cycle found and exits 1 if any.
// Type-only imports count too: a cycle of types is still two modules that cannot be read apart.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'

const root = resolve(import.meta.dirname, '..')
const core = join(root, 'electron/core')

function sourceFiles(folder) {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name)
    if (statSync(path).isDirectory()) return name === 'test-support' ? [] : sourceFiles(path)
    return /\.ts$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : []
  })
}

/** The file a relative specifier names: x.ts, or x/index.ts. */
function resolveImport(from, specifier) {
  const base = resolve(dirname(from), specifier.replace(/\.js$/, ''))
  for (const candidate of [`${base}.ts`, join(base, 'index.ts')]) if (existsSync(candidate)) return candidate
  return null
}

// `import … from '…'`, `export … from '…'`, `import '…'`: the specifier after from/import.
const IMPORT = /^\s*(?:import|export)\b[^'"]*?(?:from\s*)?['"](\.[^'"]+)['"]/gm

function importsOf(file) {
  const text = readFileSync(file, 'utf8')
  return [...text.matchAll(IMPORT)].map((match) => resolveImport(file, match[1])).filter((target) => target?.startsWith(core))
}

/** The module a file belongs to: its first folder under electron/core, or the file itself at the top. */
const moduleOf = (file) => relative(core, file).split('/')[0].replace(/\.ts$/, '')

/** Tarjan's strongly connected components: every component of more than one node is a cycle. */
function cycles(graph) {
  let index = 0
  const stack = []
  const state = new Map()
  const found = []
  function visit(node) {
    state.set(node, { index, low: index, onStack: true })
    index += 1
    stack.push(node)
    for (const next of graph.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next)
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low)
      } else if (state.get(next).onStack) {
        state.get(node).low = Math.min(state.get(node).low, state.get(next).index)
      }
    }
    if (state.get(node).low === state.get(node).index) {
      const component = []
      let member
      do {
        member = stack.pop()
        state.get(member).onStack = false
        component.push(member)
      } while (member !== node)
      if (component.length > 1) found.push(component.sort())
    }
  }
  for (const node of graph.keys()) if (!state.has(node)) visit(node)
  return found
}

const files = sourceFiles(core)
const fileGraph = new Map(files.map((file) => [file, new Set(importsOf(file))]))
const moduleGraph = new Map()
const edgeExamples = new Map()
for (const [file, targets] of fileGraph) {
  const from = moduleOf(file)
  if (!moduleGraph.has(from)) moduleGraph.set(from, new Set())
  for (const target of targets) {
    const to = moduleOf(target)
    if (to === from) continue
    moduleGraph.get(from).add(to)
    if (!edgeExamples.has(`${from}>${to}`)) edgeExamples.set(`${from}>${to}`, `${relative(core, file)} -> ${relative(core, target)}`)
  }
}

const fileCycles = cycles(fileGraph)
const moduleCycles = cycles(moduleGraph)
console.log(`electron/core: ${files.length} files, ${moduleGraph.size} modules, ${[...moduleGraph.values()].reduce((n, set) => n + set.size, 0)} module edges`)
for (const component of moduleCycles) {
  console.log(`module cycle: ${component.join(' <-> ')}`)
  for (const from of component) {
    for (const to of component) {
      const example = edgeExamples.get(`${from}>${to}`)
      if (example) console.log(`  ${from} -> ${to}: e.g. ${example}`)
    }
  }
}
for (const component of fileCycles) console.log(`file cycle: ${component.map((file) => relative(core, file)).join(' <-> ')}`)
const total = moduleCycles.length + fileCycles.length
console.log(total === 0 ? 'no import cycle in electron/core' : `${moduleCycles.length} module cycle(s), ${fileCycles.length} file cycle(s)`)
process.exitCode = total === 0 ? 0 : 1
