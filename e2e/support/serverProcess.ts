import { type ChildProcess, spawn } from 'node:child_process'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))

export interface ServerProcess {
  readonly child: ChildProcess
  readonly url: string
  /** Resolves with the exit code or signal once the process is gone. */
  readonly exited: Promise<number | string | null>
  readonly stderr: () => string
  /** From spawn to listening. */
  readonly startMs: number
}

/**
 * The real built server as a child process on a free port, started as `npm start` starts it (from the
 * repository root, so `data/` and relative paths mean what they mean there). Resolves once it logs that it
 * is listening.
 */
export async function startServerProcess(
  env: Record<string, string>,
  timeoutMs = 30_000,
): Promise<ServerProcess> {
  const startedAt = performance.now()
  // `npm run bench -- --profile <dir>` asks every server it starts for a CPU profile (written on exit).
  const profileDir = process.env.PENDOPO_SERVER_CPU_PROF
  const profile = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : []
  const child = spawn(process.execPath, [...profile, 'server/dist/src/main.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', PENDOPO_LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const exited = new Promise<number | string | null>((resolve) =>
    child.once('exit', (code, signal) => resolve(signal ?? code)),
  )
  const lines = createInterface({ input: child.stdout })
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL') // a server that never listened must not outlive the test run
      reject(new Error(`server did not start in ${timeoutMs} ms:\n${stderr}`))
    }, timeoutMs)
    void exited.then((code) =>
      reject(new Error(`server exited (${String(code)}) before listening:\n${stderr}`)),
    )
    lines.on('line', (line) => {
      const entry = safeJson(line)
      if (entry?.msg === 'Pendopo is listening' && typeof entry.port === 'number') {
        clearTimeout(timer)
        resolve(entry.port)
      }
    })
  })
  return {
    child,
    url: `http://127.0.0.1:${port}`,
    exited,
    stderr: () => stderr,
    startMs: performance.now() - startedAt,
  }
}

function safeJson(line: string): Record<string, unknown> | undefined {
  try {
    return JSON.parse(line) as Record<string, unknown>
  } catch {
    return undefined
  }
}
