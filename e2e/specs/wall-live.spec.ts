import { TEST_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { WallPage } from '../pages/WallPage.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN, everySceneFor } from '../support/wallServer.js'

const suite = serverAndBrowser({
  scenes: { scenes: [everySceneFor(3600).scenes[0]], urgent: { minReports: 100_000 } },
})

/** Waits until the wall shows the complaint with this tracking number in its ticker. */
const tickerShows = (page: Page, trackingId: string, timeout: number) =>
  page.waitForFunction(
    ({ id, tracking }) =>
      document.querySelector(`[data-testid="${id}"]`)?.textContent?.includes(`#${tracking}`) ?? false,
    { id: TEST_IDS.panel.ticker, tracking: trackingId },
    { timeout },
  )

describe('the wall, live', () => {
  it('[WA2] shows a complaint posted through the API on the ticker and the map within 1 s', async () => {
    const page = await openPage(suite.browser, { width: 1920, height: 1080 })
    const w = new WallPage(page)
    await w.open(suite.server.url, suite.server.wallToken)
    await w.ready()
    const latencies: number[] = []
    for (let i = 0; i < 5; i++) {
      const res = await postComplaint(
        suite.server.url,
        ADMIN,
        aComplaint({ location: { desaCode: '35.22.23.2001' } }),
      )
      const posted = performance.now()
      const { trackingId } = (await res.json()) as { trackingId: string }
      await tickerShows(page, trackingId, 1_000)
      // Tracking numbers follow receipt order and points are drawn oldest first: once the newest point drawn
      // is ours or later (the simulator posts too), ours is on the map.
      await page.waitForFunction(
        ({ id, tracking }) =>
          Number(document.querySelector(`[data-testid="${id}"]`)?.getAttribute('data-latest') ?? 0) >=
          tracking,
        { id: TEST_IDS.panel.mapPoints, tracking: Number(trackingId) },
        { timeout: 1_000 },
      )
      latencies.push(performance.now() - posted)
    }
    await screenshot(page, 'wall-live-arrival-1920x1080')
    expect(Math.max(...latencies)).toBeLessThan(1_000)
    await page.context().close()
  })
})
