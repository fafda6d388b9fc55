import { TEST_IDS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { WallPage } from '../pages/WallPage.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN, everySceneFor } from '../support/wallServer.js'

const suite = serverAndBrowser({
  scenes: { scenes: [everySceneFor(3600).scenes[0]], urgent: { minReports: 100_000 } },
})

describe('the wall across a server restart', () => {
  it('[WA3] says it is disconnected and how old its picture is, then recovers with what was posted meanwhile', async () => {
    const page = await openPage(suite.browser, { width: 1920, height: 1080 })
    const w = new WallPage(page)
    await w.open(suite.server.url, suite.server.wallToken)
    await w.ready()
    const reloads: string[] = []
    page.on('framenavigated', (frame) => reloads.push(frame.url()))

    suite.server.server.child.kill('SIGKILL')
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-status') === 'offline',
      TEST_IDS.wall.connection,
      { timeout: 10_000 },
    )
    await page.waitForTimeout(3_000)
    const age = await w.byId(TEST_IDS.wall.asOf).textContent()
    expect(age).toMatch(/diperbarui \d+ detik lalu/)
    await screenshot(page, 'wall-offline-1920x1080')

    await suite.server.restart()
    const posted: Array<{ trackingId: string; seq: number }> = []
    for (let i = 0; i < 3; i++) {
      const res = await postComplaint(suite.server.url, ADMIN, aComplaint())
      posted.push((await res.json()) as { trackingId: string; seq: number })
    }
    await page.waitForFunction(
      (id) => document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-status') === 'live',
      TEST_IDS.wall.connection,
      { timeout: 15_000 },
    )
    const last = Math.max(...posted.map((p) => p.seq))
    await page.waitForFunction(
      ({ id, seq }) =>
        Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-seq') ?? 0) >= seq,
      { id: TEST_IDS.wall.root, seq: last },
      { timeout: 10_000 },
    )
    expect(reloads).toEqual([]) // recovered in place: no page reload
    await screenshot(page, 'wall-recovered-1920x1080')
    await page.context().close()
  }, 60_000)
})
