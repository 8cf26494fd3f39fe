import { memoizedSplit, shellCommands, words } from '../advisor/build-lines'

/** One package-manager install inside a RUN: the tool, its words and the packages it names. */
export interface PackageInstall {
  tool: 'apt' | 'apk' | 'yum'
  command: string
  packages: string[]
}

// `apt install` too: people write it even though apt warns its CLI is not stable for scripts.
const INSTALLERS: Array<{ tool: PackageInstall['tool']; names: string[]; verb: string }> = [
  { tool: 'apt', names: ['apt-get', 'apt'], verb: 'install' },
  { tool: 'apk', names: ['apk'], verb: 'add' },
  { tool: 'yum', names: ['yum', 'dnf', 'microdnf'], verb: 'install' },
]

/** Every package install of a RUN's shell text (remembered: the rules and the rewrite each ask). */
export const packageInstalls: (runText: string) => PackageInstall[] = memoizedSplit(readPackageInstalls)

function readPackageInstalls(runText: string): PackageInstall[] {
  const installs: PackageInstall[] = []
  for (const command of shellCommands(runText)) {
    const parts = words(command).filter((word) => word !== 'sudo')
    const at = INSTALLERS.find((installer) => installer.names.includes(parts[0] ?? ''))
    if (!at) continue
    const verbAt = parts.indexOf(at.verb)
    if (verbAt < 0) continue
    const packages = parts.slice(verbAt + 1).filter((word) => !word.startsWith('-')).map((word) => word.split(/[=<>]/, 1)[0] ?? word)
    installs.push({ tool: at.tool, command, packages })
  }
  return installs
}

/** Compilers, build systems and headers: the advisor's one list (advisor/final-build.ts). */
export { BUILD_TOOL } from '../advisor/final-build'

/** The RUN removes apt's package lists (or keeps them in a cache mount, outside the image). */
export function removesAptLists(runText: string): boolean {
  // Both ways name the path: most RUNs are answered without splitting them.
  if (!runText.includes('/var/lib/apt')) return false
  return runText.split(/[&;|]/).some(commandRemovesAptLists) || /--mount=[^\s]*target=\/var\/lib\/apt/.test(runText)
}

export function skipsRecommends(command: string): boolean {
  return command.includes('--no-install-recommends') || /Install-Recommends=(false|0)/i.test(command)
}

/** One command of a RUN that removes the apt lists: "rm", then (after any flags) the lists' path. */
function commandRemovesAptLists(command: string): boolean {
  const rm = /(?:^|\s)rm\s/.exec(command)
  return rm !== null && command.indexOf('/var/lib/apt/lists', rm.index) !== -1
}
