import { execFileSync } from 'node:child_process'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

/** Vitest global setup: build the server and the web app, so the specs never run against a stale build. */
export default function buildOnce(): void {
  const root = fileURLToPath(new URL('../..', import.meta.url))
  const require = createRequire(import.meta.url)
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-b'], {
    cwd: root,
    stdio: 'inherit',
  })
  execFileSync(
    process.execPath,
    [join(dirname(require.resolve('vite/package.json')), 'bin/vite.js'), 'build', '--logLevel', 'warn'],
    {
      cwd: `${root}/web`,
      stdio: 'inherit',
    },
  )
}
