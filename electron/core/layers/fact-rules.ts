/** Where language runtimes live in official and distribution images, and the ENV their images set. */
export interface RuntimeRule {
  name: string
  binary: RegExp
  /** The official images' version variable (python: PYTHON_VERSION=3.12.3). */
  env: string
  /** A version in the binary's own name: python3.12, ruby3.1, php8.2. */
  versionInName?: RegExp
}

export const RUNTIME_RULES: RuntimeRule[] = [
  { name: 'python', binary: /^usr\/(local\/)?bin\/python\d(\.\d+)?$/, env: 'PYTHON_VERSION', versionInName: /python(\d\.\d+)$/ },
  { name: 'node', binary: /^usr\/(local\/)?bin\/node(js)?$/, env: 'NODE_VERSION' },
  { name: 'go', binary: /^usr\/(local\/go|lib\/go(-[\d.]+)?)\/bin\/go$/, env: 'GOLANG_VERSION' },
  { name: 'java', binary: /^(opt\/java\/[^/]+|usr\/lib\/jvm\/[^/]+|usr\/local\/openjdk-[^/]+)\/(jre\/)?bin\/java$/, env: 'JAVA_VERSION' },
  { name: 'ruby', binary: /^usr\/(local\/)?bin\/ruby(\d[\d.]*)?$/, env: 'RUBY_VERSION', versionInName: /ruby(\d[\d.]*)$/ },
  { name: 'php', binary: /^usr\/(local\/)?bin\/php(\d[\d.]*)?$/, env: 'PHP_VERSION', versionInName: /php(\d[\d.]*)$/ },
  { name: 'dotnet', binary: /^usr\/(share|lib)\/dotnet\/dotnet$/, env: 'DOTNET_VERSION' },
]

/** A compiler is present when `presence` matches a path; its footprint is every file `footprint` claims. */
export interface CompilerRule {
  name: string
  presence: RegExp
  /** Given the path that proved presence; a JDK's footprint is its home folder. */
  footprint: (presencePath: string) => (path: string) => boolean
}

const byPattern = (pattern: RegExp) => () => (path: string) => pattern.test(path)

/** Order matters: a file is counted for the first present compiler that claims it (cc1plus is g++'s, not gcc's). */
export const COMPILER_RULES: CompilerRule[] = [
  {
    name: 'g++',
    presence: /^usr\/(local\/)?bin\/([\w.-]+-)?g\+\+(-\d+)?$/,
    footprint: byPattern(/(^|\/)cc1plus$|^usr\/(local\/)?bin\/([\w.-]+-)?(g\+\+|c\+\+)(-\d+)?$/),
  },
  {
    name: 'gcc',
    presence: /^usr\/(local\/)?bin\/([\w.-]+-)?gcc(-\d+)?$|^usr\/(lib|libexec)\/gcc\/[^/]+\/[^/]+\/cc1$/,
    footprint: byPattern(/^usr\/(lib|libexec)\/gcc\/|^usr\/(local\/)?bin\/([\w.-]+-)?(gcc|cpp|cc)(-[\w.]+)?$/),
  },
  {
    name: 'clang',
    presence: /^usr\/(local\/)?bin\/clang(-\d+)?$|^usr\/lib\/llvm-\d+\/bin\/clang$/,
    footprint: byPattern(/^usr\/lib\/llvm-\d+\/|^usr\/lib\/clang\/|^usr\/(local\/)?bin\/clang/),
  },
  {
    name: 'rustc',
    presence: /(^|\/)bin\/rustc$/,
    footprint: byPattern(/^usr\/local\/(rustup|cargo)\/|^usr\/bin\/(rustc|cargo)$|^usr\/lib\/rustlib\//),
  },
  {
    name: 'go',
    presence: /^usr\/(local\/go|lib\/go(-[\d.]+)?)\/bin\/go$/,
    footprint: byPattern(/^usr\/local\/go\/|^usr\/lib\/go(-[\d.]+)?\//),
  },
  {
    name: 'javac',
    presence: /(^|\/)bin\/javac$/,
    footprint: (presencePath) => {
      const home = presencePath.split('/').slice(0, -2).join('/')
      return (path) => home !== '' && path.startsWith(`${home}/`)
    },
  },
]

export const HEADER_PATH = /^usr\/(local\/)?include\//

export const SHELL_PATHS = ['bin/sh', 'bin/bash', 'bin/ash', 'bin/dash', 'bin/zsh', 'usr/bin/sh', 'usr/bin/bash']

export const MUSL_LOADER = /^(usr\/)?lib\/ld-musl-[^/]+\.so\.1$/
export const GLIBC_FILE = /^(usr\/)?lib(64|32|x32)?\/([^/]+\/)?(libc\.so\.6|ld-linux[^/]*\.so\.\d)$/
