import { AxeBuilder } from '@axe-core/playwright'
import { OPS_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { LoginPage } from '../pages/LoginPage.js'
import { OpsPage } from '../pages/OpsPage.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'

const suite = serverAndBrowser()

const DESK = { width: 1440, height: 900 }

/** A desk with `username` logged in (through the login page), showing the queue. */
async function deskOf(username: string, query = ''): Promise<{ page: Page; ops: OpsPage }> {
  const page = await openPage(suite.browser, DESK)
  await new LoginPage(page).logInAndLeave(suite.server.url, username, { next: `/ops${query}` })
  const ops = new OpsPage(page)
  await ops.queueLoaded()
  await ops.rows.first().waitFor()
  return { page, ops }
}

async function blockingViolations(page: Page) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze()
  expect(passes.length).toBeGreaterThan(10)
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the queue', () => {
  it("[OE1] an operator sees its own OPD's queue with its total, and filters that go into the URL", async () => {
    const { page, ops } = await deskOf('dpubmpr')
    const total = await ops.queueLoaded()
    expect(total).toBeGreaterThan(0)
    expect(new Set(await ops.rowValues('data-opd'))).toEqual(new Set(['DPUBMPR']))
    expect(await ops.filter('OPD').count()).toBe(0) // no OPD filter for an operator
    await page.keyboard.press('j')
    await ops.selectedRow.waitFor()
    await screenshot(page, 'ops-queue-1440x900')

    await page.getByRole('button', { name: 'Terlambat' }).click()
    await page.waitForURL(/colour=red/)
    await expect.poll(async () => new Set(await ops.rowValues('data-colour'))).toEqual(new Set(['red']))
    expect(await ops.queueLoaded()).toBeLessThan(total)
    // The link is the view: opened afresh, it shows the same rows.
    const shared = await openPage(suite.browser, DESK)
    await shared.context().addCookies(await page.context().cookies())
    const other = new OpsPage(shared)
    await other.openQueue(suite.server.url, new URL(page.url()).search)
    await other.rows.first().waitFor()
    expect(await other.rowValues('data-id')).toEqual(await ops.rowValues('data-id'))
    await shared.context().close()
    await page.context().close()
  })

  it('[OE2] j and k move the selection, Enter opens the complaint, Escape comes back to the same view', async () => {
    const { page, ops } = await deskOf('dpubmpr', '?sort=received&order=desc')
    const ids = await ops.rowValues('data-id')
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.keyboard.press('j')
    await page.keyboard.press('k')
    expect(await ops.selectedRow.getAttribute('data-id')).toBe(ids[1])
    await page.keyboard.press('Enter')
    await page.waitForURL(new RegExp(`/ops/complaints/${ids[1]}\\?sort=received&order=desc$`))
    await ops.header.waitFor()
    await page.keyboard.press('j') // the next complaint of the queue
    await page.waitForURL(new RegExp(`/ops/complaints/${ids[2]}`))
    await ops.header.waitFor()
    await page.keyboard.press('Escape')
    await page.waitForURL((u) => u.pathname === '/ops' && u.search === '?sort=received&order=desc')
    await ops.rows.first().waitFor()
    expect(await ops.selectedRow.getAttribute('data-id')).toBe(ids[2])
    await page.context().close()
  })

  it('[OE3] has no serious or critical accessibility violation on the queue or a complaint', async () => {
    const { page, ops } = await deskOf('dpubmpr')
    await ops.live()
    expect(await blockingViolations(page)).toEqual([])
    await ops.rows.first().click()
    await ops.header.waitFor()
    await ops.countdowns.waitFor()
    await page.waitForTimeout(500) // the mini-map's boundary file
    expect(await blockingViolations(page)).toEqual([])
    await screenshot(page, 'ops-complaint-1440x900')
    await page.context().close()
  })

  it("[OE6] Kominfo's queue of the whole regency is virtualised and loads page after page as it scrolls", async () => {
    const { page, ops } = await deskOf('kominfo', '?open=false')
    const total = await ops.queueLoaded()
    expect(total).toBeGreaterThan(1000)
    expect(await ops.rows.count()).toBeLessThan(80) // only the rows in view exist
    const loaded = async () => Number(await ops.total.getAttribute('data-loaded'))
    expect(await loaded()).toBe(500)
    expect(await ops.filter('OPD').count()).toBe(1)
    await page.getByTestId(OPS_IDS.queue.list).evaluate((el) => el.scrollTo(0, el.scrollHeight))
    await expect.poll(loaded, { timeout: 10_000 }).toBeGreaterThan(500)
    expect(await ops.rows.count()).toBeLessThan(80)
    await page.context().close()
  })
})
