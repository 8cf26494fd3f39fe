import { spawn } from 'node:child_process'

/** Runs a command to completion, discarding its output; resolves with the wall time in ms. */
export function timeCommand(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint()
    const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options })
    let stderr = ''
    child.stderr.on('data', (chunk) => {
      stderr += chunk.toString()
    })
    child.on('error', reject)
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      if (code === 0) resolve(ms)
      else reject(new Error(`${command} ${args.slice(0, 3).join(' ')} … exited ${code}: ${stderr.trim().split('\n')[0]}`))
    })
  })
}

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

/** One warm-up (caches, JIT, the page cache), then `runs` timed runs; returns the median in ms. */
export async function medianOf(runs, task) {
  await task()
  const samples = []
  for (let index = 0; index < runs; index += 1) samples.push(await task())
  return { median: median(samples), samples }
}

export const ms = (value) => `${Math.round(value).toLocaleString('en-US')} ms`
