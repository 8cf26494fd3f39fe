import { listText } from '../analysis/describe'
import { isRun, programOf, shellCommands, words, type BuildLine } from './build-lines'
import type { Need } from './decision-table'
import { readInstall } from './package-installs'

/** Compilers, build systems and headers: what a build needs and a running program does not. */
export const BUILD_TOOL = /^(build-essential|build-base|gcc(-\d+)?|g\+\+(-\d+)?|clang(-\d+)?|make|cmake|autoconf|automake|libtool|musl-dev|.+-dev|.+-devel)$/

/**
 * Python distributions pip compiles on the spot (no wheel for them, or the -binary one exists
 * precisely because this one builds from source): the full image's gcc and headers do it.
 */
const PIP_SOURCE_BUILDS = new Set(['psycopg2', 'mysqlclient', 'python-ldap', 'pycurl', 'uwsgi', 'pygraphviz', 'pyaudio', 'dbus-python', 'pycairo'])
/** Gems whose C extension compiles at install time on Linux (no precompiled platform gem). */
const GEM_SOURCE_BUILDS = new Set(['pg', 'mysql2', 'bcrypt', 'puma', 'nio4r', 'eventmachine', 'oj', 'msgpack', 'ffi', 'sassc', 'json', 'bootsnap', 'websocket-driver', 'racc'])
const COMPILE_PROGRAMS = new Set(['gcc', 'g++', 'cc', 'c++', 'clang', 'make', 'cmake', './configure', 'node-gyp', 'javac', 'mvn', './mvnw', 'gradle', './gradlew'])

/** What one command of the final stage compiles; null when it compiles nothing. */
function compiles(command: string): string | null {
  const install = readInstall(command)
  if (install === null) {
    const program = programOf(command)
    if (COMPILE_PROGRAMS.has(program)) return `runs ${program}`
    const argv = words(command)
    if (program === 'npm' && (argv.includes('rebuild') || argv.includes('--build-from-source'))) return 'rebuilds native addons with npm'
    if ((program === 'go' || program === 'cargo') && (argv[1] === 'build' || argv[1] === 'install')) return `runs ${program} ${argv[1]}`
    if (/^python[\d.]*$/.test(program) && argv[1] === 'setup.py') return 'builds a C extension with setup.py'
    return null
  }
  if (install.tool === 'apt' || install.tool === 'apk') {
    const tools = install.packages.filter((name) => BUILD_TOOL.test(name))
    return tools.length > 0 ? `${install.tool === 'apt' ? 'apt-get installs' : 'apk adds'} ${listText(tools)}` : null
  }
  if (install.tool === 'pip') {
    const built = install.packages.filter((name) => PIP_SOURCE_BUILDS.has(name))
    return built.length > 0 ? `pip builds ${listText(built)} from source` : null
  }
  if (install.tool === 'gem') {
    const built = install.packages.filter((name) => GEM_SOURCE_BUILDS.has(name))
    if (built.length > 0) return `gem compiles ${listText(built)}`
    return install.opaque.includes('Gemfile.lock') ? 'bundle install compiles the native gems of Gemfile.lock (the full image has the compiler)' : null
  }
  return null
}

/**
 * The final stage compiles (issue 16, class 3): on -slim or -alpine it loses the compiler, so a
 * bare FROM swap breaks it; the advice is a multi-stage split. `onFullImage`: the base carries
 * compilers itself, so a bundle install may compile silently.
 */
export function finalBuildNeed(lines: readonly BuildLine[], onFullImage: boolean): Need | null {
  for (const line of lines.filter((item) => item.stage === 'final' && isRun(item))) {
    for (const command of shellCommands(line.text)) {
      const what = compiles(command)
      if (what === null) continue
      if (what.startsWith('bundle install') && !onFullImage) continue
      return { id: 'final-build', what: `the final stage ${what}`, where: line.where }
    }
  }
  return null
}

/** Lines of the final stage that install build tools, with the tools they name (the Dockerfile finding). */
export function buildToolInstalls(lines: readonly BuildLine[]): Array<{ where: string; tools: string[] }> {
  return lines
    .filter((line) => line.stage === 'final' && isRun(line))
    .map((line) => ({
      where: line.where,
      tools: shellCommands(line.text).flatMap((command) => {
        const install = readInstall(command)
        return install && (install.tool === 'apt' || install.tool === 'apk') ? install.packages.filter((name) => BUILD_TOOL.test(name)) : []
      }),
    }))
    .filter((run) => run.tools.length > 0)
}
