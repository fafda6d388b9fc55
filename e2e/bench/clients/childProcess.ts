import { type ChildProcess, spawn } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { dirname } from 'node:path'
import { createInterface } from 'node:readline'

import type ts from 'typescript'

/** A TypeScript CLI in its own process that answers with JSON lines on stdout and obeys lines on stdin. */
export interface JsonLineChild {
  readonly child: ChildProcess
  /** The next JSON line it prints; rejects if it exits first or takes longer than `timeoutMs`. */
  next<T>(timeoutMs?: number): Promise<T>
  send(command: string): void
  /** Ends it (SIGTERM, then SIGKILL after a grace period) and waits until it is gone. */
  stop(): Promise<void>
}

const GRACE_MS = 2_000

interface ChildOptions {
  readonly nodeArgs?: readonly string[]
  readonly env?: Record<string, string>
}

/** `node [nodeArgs] --import tsx <script> <args>`, its stderr passed through so failures are seen. */
export function spawnJsonLineChild(
  script: string,
  args: readonly string[],
  options: ChildOptions = {},
): JsonLineChild {
  return nodeChild(script, [...(options.nodeArgs ?? []), '--import', 'tsx', script, ...args], options)
}

let typescript: Promise<typeof ts> | undefined

/** A TypeScript module as the JavaScript module a plain `node` runs (types dropped, nothing bundled). */
export async function transpiled(script: string): Promise<string> {
  const { transpileModule, ModuleKind, ScriptTarget } = await (typescript ??= import('typescript'))
  return transpileModule(readFileSync(script, 'utf8'), {
    compilerOptions: { module: ModuleKind.ESNext, target: ScriptTarget.ES2022 },
  }).outputText
}

/**
 * The same, run by a plain `node` from the script compiled to JavaScript here: for a process whose memory
 * is measured. tsx loads modules through a thread of its own, with a heap of its own that no collection in
 * the main thread reaches and that shrinks whenever it likes, which moved the readings by megabytes.
 */
export async function spawnPlainJsonLineChild(
  script: string,
  args: readonly string[],
  options: ChildOptions = {},
): Promise<JsonLineChild> {
  const outputText = await transpiled(script)
  // Evaluated as a module in the script's folder, so its imports resolve as they would from the file.
  const nodeArgs = [...(options.nodeArgs ?? []), '--input-type=module', '--eval', outputText, '--', ...args]
  return nodeChild(script, nodeArgs, { ...options, cwd: dirname(script) })
}

function nodeChild(
  script: string,
  argv: readonly string[],
  options: ChildOptions & { cwd?: string },
): JsonLineChild {
  const child = spawn(process.execPath, argv, {
    stdio: ['pipe', 'pipe', 'inherit'],
    env: { ...process.env, ...options.env },
    ...(options.cwd ? { cwd: options.cwd } : {}),
  })
  // Commands to a process that already died must not crash the benchmark: `next` reports the death.
  child.stdin?.on('error', () => {})
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const lines: string[] = []
  const waiting: Array<(line: string | undefined) => void> = []
  createInterface({ input: child.stdout }).on('line', (line) => {
    const waiter = waiting.shift()
    if (waiter) waiter(line)
    else lines.push(line)
  })
  void exited.then(() => waiting.splice(0).forEach((waiter) => waiter(undefined)))

  return {
    child,
    next<T>(timeoutMs = 60_000) {
      const buffered = lines.shift()
      if (buffered !== undefined) return Promise.resolve(JSON.parse(buffered) as T)
      if (child.exitCode !== null || child.signalCode !== null)
        return Promise.reject(new Error(`${script} exited (${child.exitCode ?? child.signalCode})`))
      return new Promise<T>((resolve, reject) => {
        const timer = setTimeout(() => {
          waiting.splice(waiting.indexOf(waiter), 1)
          reject(new Error(`${script} printed nothing in ${timeoutMs} ms`))
        }, timeoutMs)
        const waiter = (line: string | undefined) => {
          clearTimeout(timer)
          if (line === undefined)
            reject(new Error(`${script} exited (${child.exitCode ?? child.signalCode}) before answering`))
          else resolve(JSON.parse(line) as T)
        }
        waiting.push(waiter)
      })
    },
    send(command) {
      child.stdin?.write(`${command}\n`)
    },
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGTERM')
      const killer = setTimeout(() => child.kill('SIGKILL'), GRACE_MS)
      await exited
      clearTimeout(killer)
    },
  }
}
