import { execFileSync } from 'node:child_process'

/** This process's children, as `ps --ppid` lists them: a cancelled job must leave none. */
export function childProcesses(): string[] {
  try {
    return execFileSync('ps', ['--ppid', String(process.pid), '-o', 'pid=,args='], { encoding: 'utf8' })
      .split('\n').map((line) => line.trim()).filter((line) => line !== '' && !line.includes('ps --ppid'))
  } catch {
    return [] // ps exits 1 when nothing matches
  }
}
