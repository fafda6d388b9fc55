import type { Browser } from 'playwright-core'
import { afterAll, beforeAll } from 'vitest'

import { launchBrowser } from './browser.js'
import { startWallServer, type WallServer } from './wallServer.js'

export interface Suite {
  readonly server: WallServer
  readonly browser: Browser
}

/**
 * The built server and a Chromium for one spec file: started before its first test, stopped after its last.
 * Read `server` and `browser` inside tests and hooks, once they exist.
 */
export function serverAndBrowser(options?: Parameters<typeof startWallServer>[0]): Suite {
  const suite = {} as { server: WallServer; browser: Browser }
  beforeAll(async () => {
    suite.server = await startWallServer(options)
    suite.browser = await launchBrowser()
  })
  afterAll(async () => {
    await suite.browser?.close()
    await suite.server?.stop()
  })
  return suite
}
