import { listText } from '../analysis/describe'
import { isRun, shellCommands, words, type BuildLine } from './build-lines'
import { NEED_ROWS, type NeedId } from './decision-table'
import { readInstall, type Install } from './package-installs'

/** A fact that rules musl out: what the image does, why that needs glibc, and where it is. */
export interface GlibcNeed {
  /** The row of the decision table (decision-table.ts) it comes from. */
  id: NeedId
  /** "pip installs numpy and pandas" */
  what: string
  /** "musl has no manylinux wheels, so pip builds from source or fails …" */
  why: string
  where: string
}

export interface NativeCodeFacts {
  glibcNeeds: GlibcNeed[]
  /** Python packages installed by name, none of them known to carry native code. */
  purePython: string[]
  /** Python installs whose packages the history does not show ("requirements.txt"). */
  opaquePython: string[]
  /** Native builds against musl (apk add build-base): the image already builds on Alpine. */
  muslBuilds: string[]
}

/**
 * Python distributions whose wheels carry compiled code. psycopg2-binary is on the list on
 * purpose: "-binary" only means the C extension arrives prebuilt for glibc (a manylinux wheel)
 * instead of compiling on the spot; on musl pip still needs a musllinux wheel or a source build
 * with pg_config and a compiler.
 */
export const NATIVE_PYTHON = new Set([
  'numpy', 'pandas', 'scipy', 'scikit-learn', 'sklearn', 'matplotlib', 'psycopg2', 'psycopg2-binary', 'lxml',
  'cryptography', 'pillow', 'grpcio', 'grpcio-tools', 'pyarrow', 'torch', 'tensorflow', 'opencv-python',
  'opencv-python-headless', 'mysqlclient', 'gevent', 'greenlet', 'uvloop', 'orjson', 'pydantic-core', 'cffi',
  'bcrypt', 'pynacl', 'h5py', 'shapely', 'pyzmq', 'regex', 'ujson', 'msgpack', 'pymssql', 'pycurl', 'xgboost',
  'lightgbm', 'numba', 'llvmlite', 'confluent-kafka', 'python-ldap', 'pyodbc', 'psutil', 'polars', 'duckdb',
  'tokenizers', 'sentencepiece', 'faiss-cpu', 'zstandard', 'lz4', 'rapidfuzz', 'argon2-cffi-bindings',
])
/** npm packages that ship or build a native addon. */
const NATIVE_NODE = new Set(['bcrypt', 'canvas', 'sharp', 'better-sqlite3', 'sqlite3', 'node-gyp', 'argon2', 're2', 'node-sass', 'grpc', '@tensorflow/tfjs-node'])
/** Gems with a C extension. */
const NATIVE_GEMS = new Set(['nokogiri', 'pg', 'mysql2', 'sqlite3', 'ffi', 'bcrypt', 'grpc', 'sassc', 'puma', 'nio4r', 'oj', 'eventmachine', 'msgpack'])
const BUILD_PACKAGES = /^(build-essential|gcc(-\d+)?|g\+\+(-\d+)?|clang(-\d+)?|make|cmake|autoconf|automake|libtool|.+-dev)$/
const MUSL_BUILD_PACKAGES = /^(build-base|gcc|g\+\+|clang|make|cmake|musl-dev|.+-dev)$/
const COMPILERS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'make', 'cmake', './configure'])

const WHY = {
  pip: 'native-python',
  build: 'native-build',
  npm: 'native-npm',
  gem: 'native-gem',
} as const satisfies Record<string, NeedId>

/** `isMusl`: the base is Alpine, so what compiles there compiles against musl, not glibc. */
export function readNativeCode(lines: readonly BuildLine[], isMusl = false): NativeCodeFacts {
  const facts: NativeCodeFacts = { glibcNeeds: [], purePython: [], opaquePython: [], muslBuilds: [] }
  // Lines already said to run a compiler: a set, as a search of the needs per command was quadratic.
  const compiling = new Set<string>()
  for (const line of lines.filter(isRun)) {
    for (const command of shellCommands(line.text)) {
      const install = readInstall(command)
      if (install) addInstall(facts, install, line.where)
      else addCompilerRun(facts, command, line.where, isMusl, compiling)
    }
  }
  return facts
}

function addInstall(facts: NativeCodeFacts, install: Install, where: string): void {
  const need = (names: string[], verb: string, id: NeedId): void => {
    if (names.length > 0) facts.glibcNeeds.push({ id, what: `${verb} ${listText(names)}`, why: NEED_ROWS[id].because, where })
  }
  switch (install.tool) {
    case 'pip': {
      const native = install.packages.filter((name) => NATIVE_PYTHON.has(name))
      need(native, 'pip installs', WHY.pip)
      facts.purePython.push(...install.packages.filter((name) => !NATIVE_PYTHON.has(name)))
      facts.opaquePython.push(...install.opaque)
      return
    }
    case 'apt':
      need(install.packages.filter((name) => BUILD_PACKAGES.test(name)), 'apt-get installs', WHY.build)
      return
    case 'apk': {
      const builds = install.packages.filter((name) => MUSL_BUILD_PACKAGES.test(name))
      if (builds.length > 0) facts.muslBuilds.push(`apk adds ${listText(builds)} (${where}): it compiles against musl`)
      return
    }
    case 'npm':
      need(install.packages.filter((name) => NATIVE_NODE.has(name)), 'npm installs', WHY.npm)
      return
    case 'gem':
      need(install.packages.filter((name) => NATIVE_GEMS.has(name)), 'gem installs', WHY.gem)
  }
}

function addCompilerRun(facts: NativeCodeFacts, command: string, where: string, isMusl: boolean, compiling: Set<string>): void {
  const program = words(command).find((word) => !/^[A-Za-z_][A-Za-z0-9_]*=/.test(word)) ?? ''
  if (!COMPILERS.has(program)) return
  if (isMusl) {
    facts.muslBuilds.push(`runs ${program} (${where}): it compiles against musl`)
    return
  }
  if (compiling.has(where)) return
  compiling.add(where)
  facts.glibcNeeds.push({ id: WHY.build, what: `runs ${program}`, why: NEED_ROWS[WHY.build].because, where })
}
