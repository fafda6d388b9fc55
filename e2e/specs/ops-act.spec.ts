import { OPS_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { LoginPage } from '../pages/LoginPage.js'
import { dispositionedComplaint, OpsPage } from '../pages/OpsPage.js'
import { aComplaint } from '../support/api.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN } from '../support/wallServer.js'

const suite = serverAndBrowser()

const DESK = { width: 1440, height: 900 }

/** A fresh road complaint for DPUBMPR, dispositioned through the API as Kominfo would. */
const roadComplaint = (title: string) =>
  dispositionedComplaint(suite.server.url, ADMIN, {
    opd: 'DPUBMPR',
    body: aComplaint({ title, category: 'pupr.jalan-berlubang', location: { desaCode: '35.22.15.1005' } }),
  })

/** A desk of `username`, logged in through the login page and sent on to `next`. */
async function deskOf(username: string, next: string): Promise<{ page: Page; ops: OpsPage }> {
  const page = await openPage(suite.browser, DESK)
  await new LoginPage(page).logInAndLeave(suite.server.url, username, { next })
  const ops = new OpsPage(page)
  await ops.live()
  return { page, ops }
}

describe('acting on a complaint', () => {
  it('[OE4] an operator opens a complaint from its queue and follows it up; Kominfo sees it happen live', async () => {
    const id = await roadComplaint('Jalan berlubang di depan SDN Kepatihan')
    const watcher = await deskOf('kominfo', `/ops/complaints/${id}`)
    await watcher.ops.shows('DISPOSITIONED')

    const { page, ops } = await deskOf('dpubmpr', '/ops?sort=updated&order=desc')
    await ops.row(id).click()
    await ops.shows('DISPOSITIONED')
    expect(await ops.actionButton('follow_up').getAttribute('data-key')).toBe('f')

    // The request is held on its way out, to see the page before the server has answered.
    let release = () => undefined as void
    const held = new Promise<void>((resolve) => (release = resolve))
    await page.route('**/actions', async (route) => {
      await held
      await route.continue()
    })
    await page.keyboard.press('f')
    await ops.field('text').fill('Lubang sudah ditambal dengan aspal dingin oleh regu UPT Bojonegoro.')
    await page.keyboard.press('Control+Enter')
    await page.waitForSelector(`[data-testid="${OPS_IDS.complaint.pending}"][data-phase="sending"]`)
    expect(await ops.header.textContent()).toContain('Terdisposisi → Ditindaklanjuti…')
    release()

    await ops.shows('FOLLOWED_UP')
    await expect.poll(() => ops.timeline.textContent()).toContain('Lubang sudah ditambal dengan aspal dingin')
    expect(await ops.pending.count()).toBe(0)
    // Kominfo's page followed by itself, without a reload.
    await watcher.ops.shows('FOLLOWED_UP')
    expect(await watcher.ops.timeline.textContent()).toContain(
      'Admin Penghubung DPUBMPR (operator DPUBMPR) menindaklanjuti',
    )
    // And the operator's queue row moved with it.
    await page.keyboard.press('Escape')
    await page.waitForSelector(
      `[data-testid="${OPS_IDS.queue.row}"][data-id="${id}"][data-state="FOLLOWED_UP"]`,
    )
    await watcher.page.context().close()
    await page.context().close()
  })

  it('[OE5] when two desks act on the same complaint, the second is refused with who did what, its text kept', async () => {
    const id = await roadComplaint('Jalan ambles di Jl. Panglima Sudirman')
    const mine = await deskOf('dpubmpr', `/ops/complaints/${id}`)
    const theirs = await deskOf('kominfo', `/ops/complaints/${id}`)
    await mine.ops.shows('DISPOSITIONED')
    await theirs.ops.shows('DISPOSITIONED')

    // I start writing my answer…
    await mine.page.keyboard.press('f')
    const draft = 'Tim sudah survei lokasi, penanganan dijadwalkan pekan depan.'
    await mine.ops.field('text').fill(draft)
    // …while Kominfo answers first.
    await theirs.page.keyboard.press('f')
    await theirs.ops.field('text').fill('Sudah ditangani bersama UPT jalan.')
    await theirs.ops.page.getByTestId(OPS_IDS.action.submit).click()
    await theirs.ops.shows('FOLLOWED_UP')

    // My page shows it live, and my form says what changed while it was open.
    await mine.ops.shows('FOLLOWED_UP')
    await expect
      .poll(() => mine.ops.actionForm.textContent())
      .toMatch(/\(supervisor\) sudah menindaklanjuti pukul/)
    await mine.page.getByTestId(OPS_IDS.action.submit).click()

    await mine.ops.refusal.waitFor()
    expect(await mine.ops.refusal.getAttribute('data-kind')).toBe('conflict')
    expect(await mine.ops.refusal.textContent()).toMatch(
      /pengaduan ini sudah berubah sejak Anda membukanya\..*\(supervisor\) sudah menindaklanjuti pukul \d{2}\.\d{2}\./,
    )
    expect(await mine.ops.field('text').inputValue()).toBe(draft)
    await screenshot(mine.page, 'ops-conflict-1440x900')
    await mine.page.context().close()
    await theirs.page.context().close()
  })
})
