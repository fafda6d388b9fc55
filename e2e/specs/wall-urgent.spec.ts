import { TEST_IDS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { WallPage } from '../pages/WallPage.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN, everySceneFor } from '../support/wallServer.js'

/** Ngambon, a small kecamatan in the hills: a burst of reports there is unusual. */
const NGAMBON_DESA = '35.22.03.2001'

const suite = serverAndBrowser({
  scenes: {
    scenes: everySceneFor(3600).scenes.slice(0, 2),
    urgent: { minReports: 12, ratio: 3, windowHours: 1, minDurationSec: 10 },
  },
})

describe('the urgent scene', () => {
  it('[WA5] interrupts the rotation when reports spike in one kecamatan', async () => {
    const page = await openPage(suite.browser, { width: 1920, height: 1080 })
    const w = new WallPage(page)
    await w.open(suite.server.url, suite.server.wallToken)
    await w.ready()
    for (let i = 0; i < 14; i++) {
      await postComplaint(
        suite.server.url,
        ADMIN,
        aComplaint({ category: 'lingkungan.banjir', location: { desaCode: NGAMBON_DESA } }),
      )
    }
    await page.waitForSelector(`[data-testid="${TEST_IDS.wall.root}"][data-scene="urgent"]`, {
      timeout: 5_000,
    })
    expect(await w.scene.textContent()).toBe('Lonjakan laporan di Kecamatan Ngambon')
    expect(await w.scene.evaluate((h) => h.scrollWidth <= h.clientWidth), 'the heading is cut short').toBe(
      true,
    )
    expect(
      Number((await w.byId(TEST_IDS.panel.urgent).textContent())?.match(/\d+/)?.[0]),
    ).toBeGreaterThanOrEqual(12)
    await page.waitForTimeout(1_500)
    await screenshot(page, 'wall-urgent-1920x1080')
    await page.context().close()
  }, 60_000)
})
