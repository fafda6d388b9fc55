import { TEST_IDS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { WallPage } from '../pages/WallPage.js'
import { openPage, screenshot } from '../support/browser.js'
import { measureLayout } from '../support/layout.js'
import { serverAndBrowser } from '../support/suite.js'
import { everySceneFor } from '../support/wallServer.js'

const SCENE_SECONDS = 8
/** What each scene must show (the panels' test ids). */
const PANELS: Record<string, string[]> = {
  overview: [TEST_IDS.panel.map, TEST_IDS.panel.kpiTiles, TEST_IDS.panel.heatmap, TEST_IDS.panel.ticker],
  'friday-review': [TEST_IDS.panel.heatmap, TEST_IDS.panel.rates, TEST_IDS.panel.kpiTiles],
  trends: [
    TEST_IDS.panel.channelHours,
    TEST_IDS.panel.topCategories,
    TEST_IDS.panel.rates,
    TEST_IDS.panel.satisfaction,
  ],
  area: [TEST_IDS.panel.map, TEST_IDS.panel.areaSummary, TEST_IDS.panel.villageIssues],
  agencies: [TEST_IDS.panel.heatmap, TEST_IDS.panel.rates, TEST_IDS.panel.kpiTiles],
}
/** 1rem on the wall: 28 px at 1080p, and every size scales with the screen. */
const LABEL_FLOOR_1080 = 28
const HEADLINE_FLOOR_1080 = 72

// Urgent scenes are tested on their own: here the rotation must walk every scene in order.
const suite = serverAndBrowser({
  scenes: { ...everySceneFor(SCENE_SECONDS), urgent: { minReports: 100_000 } },
})

describe('the wall', () => {
  for (const viewport of [
    { width: 1920, height: 1080 },
    { width: 3840, height: 2160 },
  ]) {
    const scale = viewport.height / 1080
    it(`[WA1] draws every panel of every scene with simulator data at ${viewport.width}×${viewport.height}: no scrolling, nothing under the label floor`, async () => {
      const page = await openPage(suite.browser, viewport)
      const w = new WallPage(page)
      await w.open(suite.server.url, suite.server.wallToken)
      await w.ready()
      for (const [scene, panels] of Object.entries(PANELS)) {
        await page.waitForSelector(`[data-testid="${TEST_IDS.wall.root}"][data-scene="${scene}"]`, {
          timeout: SCENE_SECONDS * 6_000,
        })
        await page.waitForTimeout(1_500) // let the panels draw (no animations to wait for)
        for (const id of panels) expect(await w.byId(id).isVisible(), `${scene}: ${id}`).toBe(true)
        await screenshot(page, `wall-${scene}-${viewport.width}x${viewport.height}`)
        const layout = await measureLayout(page)
        expect(layout.pageOverflows, `${scene}: the page scrolls`).toBe(false)
        expect(layout.overflowingPanels, `${scene}: panels that overflow`).toEqual([])
        expect(
          layout.smallestText.px,
          `${scene}: smallest text "${layout.smallestText.text}"`,
        ).toBeGreaterThanOrEqual(LABEL_FLOOR_1080 * scale - 0.5)
      }
      // The headline numbers of the overview's tiles.
      await page.waitForSelector(`[data-testid="${TEST_IDS.wall.root}"][data-scene="overview"]`, {
        timeout: SCENE_SECONDS * 12_000,
      })
      for (const id of [TEST_IDS.tile.open, TEST_IDS.tile.overdue, TEST_IDS.tile.receivedToday]) {
        const largest = await w
          .byId(id)
          .evaluate((tile) =>
            Math.max(
              ...[...tile.querySelectorAll('*')].map((e) => Number.parseFloat(getComputedStyle(e).fontSize)),
            ),
          )
        expect(largest, id).toBeGreaterThanOrEqual(HEADLINE_FLOOR_1080 * scale - 0.5)
      }
      await page.context().close()
    }, 180_000)
  }

  it('[WA1] speaks English when the URL asks', async () => {
    const page = await openPage(suite.browser, { width: 1920, height: 1080 })
    const w = new WallPage(page)
    await w.open(suite.server.url, suite.server.wallToken, { lang: 'en' })
    await w.ready()
    expect(await w.connection.textContent()).toContain('LIVE')
    await page.context().close()
  })
})
