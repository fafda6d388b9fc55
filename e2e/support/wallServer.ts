import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

import { type ServerProcess, startServerProcess } from './serverProcess.js'

export const ADMIN = 'e2e-admin-token-0123456789abcdef'

export interface WallServer {
  readonly server: ServerProcess
  readonly dir: string
  readonly url: string
  /** A wall token issued through the API, as an admin would. */
  readonly wallToken: string
  restart(options?: { kill?: boolean }): Promise<WallServer['server']>
  stop(): Promise<void>
}

/**
 * The built server with its simulator (a month of history), a playlist of our choosing, and a wall token
 * issued through `POST /api/v1/tokens`.
 */
export async function startWallServer(
  options: { scenes?: unknown; port?: number; env?: Record<string, string> } = {},
): Promise<WallServer> {
  const dir = mkdtempSync(join(tmpdir(), 'pendopo-wall-'))
  const env: Record<string, string> = {
    PENDOPO_DB: join(dir, 'pendopo.db'),
    PENDOPO_API_TOKEN: ADMIN,
    ...options.env,
  }
  if (options.scenes) {
    writeFileSync(join(dir, 'scenes.json'), JSON.stringify(options.scenes))
    env.PENDOPO_WALL_FILE = join(dir, 'scenes.json')
  }
  let server = await startServerProcess({ ...env, ...(options.port ? { PORT: String(options.port) } : {}) })
  const res = await fetch(`${server.url}/api/v1/tokens`, {
    method: 'POST',
    headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'wall', name: 'e2e wall' }),
  })
  const { token } = (await res.json()) as { token: string }
  const port = new URL(server.url).port
  return {
    get server() {
      return server
    },
    dir,
    url: server.url,
    wallToken: token,
    async restart({ kill = true } = {}) {
      server.child.kill(kill ? 'SIGKILL' : 'SIGTERM')
      await server.exited
      server = await startServerProcess({ ...env, PORT: port })
      return server
    },
    async stop() {
      server.child.kill('SIGTERM')
      await server.exited
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** One scene of each kind, `seconds` long each, in the order a test walks them. */
export function everySceneFor(seconds: number) {
  return {
    scenes: [
      { id: 'overview', kind: 'overview', durationSec: seconds },
      { id: 'friday-review', kind: 'friday-review', durationSec: seconds },
      { id: 'trends', kind: 'trends', durationSec: seconds },
      {
        id: 'area',
        kind: 'area',
        durationSec: seconds,
        params: { kecamatan: ['35.22.15', '35.22.23', '35.22.16', '35.22.06'] },
      },
      {
        id: 'agencies',
        kind: 'agencies',
        durationSec: seconds,
        params: { opds: ['DPUBMPR', 'DPUSDA', 'DINSOS', 'BPBD', 'DISDUKCAPIL'] },
      },
    ],
  }
}
