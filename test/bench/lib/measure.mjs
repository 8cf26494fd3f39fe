import { spawn } from 'node:child_process'
import { closeSync, existsSync, openSync, readFileSync } from 'node:fs'

const TIME = '/usr/bin/time'

/**
 * Runs a command with stdout to /dev/null; resolves with its wall time and peak RSS. Under GNU
 * time when present (its "Maximum resident set size"), else by polling /proc/<pid>/status VmHWM.
 * `okCodes`: exit codes that are not a failure (`baseline cat` of a cut file exits 1).
 */
export function measure(command, args, { env = process.env, cwd = process.cwd(), okCodes = [0] } = {}) {
  const useTime = existsSync(TIME)
  const [file, argv] = useTime ? [TIME, ['-v', command, ...args]] : [command, args]
  const devNull = openSync('/dev/null', 'w')
  return new Promise((resolvePromise, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(file, argv, { cwd, env, stdio: ['ignore', devNull, 'pipe'] })
    let stderr = ''
    let polledKb = 0
    const poll = useTime ? null : setInterval(() => (polledKb = Math.max(polledKb, vmHwmKb(child.pid))), 50)
    child.stderr.on('data', (chunk) => (stderr += chunk.toString()))
    child.on('error', reject)
    child.on('close', (code) => {
      const wallMs = Number(process.hrtime.bigint() - started) / 1e6
      if (poll) clearInterval(poll)
      closeSync(devNull)
      // GNU time reports the child's status as its own.
      if (!okCodes.includes(code)) return reject(new Error(`${command} ${args.join(' ')} exited ${code}: ${stderr.trim().split('\n').slice(0, 3).join(' | ')}`))
      const timed = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)
      resolvePromise({ wallMs, peakRssBytes: (timed ? Number(timed[1]) : polledKb) * 1024, stderr })
    })
  })
}

function vmHwmKb(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8')
    return Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0)
  } catch {
    return 0
  }
}
