import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** The newest modification time of a file under `path` (or of `path` itself). */
function newest(path: string): number {
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

/**
 * Vitest global setup: build the server and the web app, so the specs never run against a stale build.
 * The web build is skipped when it is newer than everything it is made from: Vite empties `web/dist` first,
 * which would pull the page from under a server another run is still testing.
 */
export default function buildOnce(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const require = createRequire(import.meta.url)
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], {
    cwd: root,
    stdio: 'inherit',
  })
  const built = join(root, 'web/dist/index.html')
  const sources = [
    'web/src',
    'web/public',
    'web/index.html',
    'web/vite.config.ts',
    'web/package.json',
    'shared/src',
    'package-lock.json',
  ]
    .map((path) => join(root, path))
    .filter((path) => existsSync(path))
  if (existsSync(built) && statSync(built).mtimeMs > Math.max(...sources.map(newest))) return
  execFileSync(
    process.execPath,
    [join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: `${root}/web`,
      stdio: 'inherit',
      // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build.
      env: { ...process.env, NODE_ENV: 'production' },
    },
  )
}
