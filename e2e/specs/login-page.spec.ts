import { AxeBuilder } from '@axe-core/playwright'
import { OPS_IDS } from '@pendopo/shared'
import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { LoginPage } from '../pages/LoginPage.js'
import { openPage, screenshot } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'

const suite = serverAndBrowser({ env: { PENDOPO_SIM: 'off' } })

const DESK = { width: 1440, height: 900 }

/** Violations that stop someone from using the page (axe's serious and critical). */
async function blockingViolations(page: Page) {
  const { violations, passes } = await new AxeBuilder({ page }).analyze()
  expect(passes.length).toBeGreaterThan(10) // axe did look at the page
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

describe('the login page', () => {
  it('[LG6] has no serious or critical accessibility violation, in either language', async () => {
    const page = await openPage(suite.browser, DESK)
    const login = new LoginPage(page)
    await login.open(suite.server.url)
    await login.form.waitFor()
    expect(await page.getAttribute('html', 'lang')).toBe('id')
    expect(await blockingViolations(page)).toEqual([])
    await screenshot(page, 'login-1440x900')
    await login.open(suite.server.url, { lang: 'en' })
    await page.waitForFunction(() => document.documentElement.lang === 'en')
    await login.form.waitFor() // the screen's code arrives after the language is set
    expect(await blockingViolations(page)).toEqual([])
    await page.context().close()
  })

  it('[LG4] refuses a wrong password in plain words', async () => {
    const page = await openPage(suite.browser, DESK)
    const login = new LoginPage(page)
    await login.open(suite.server.url)
    await login.logIn('dpubmpr', 'not-the-password')
    await expect.poll(() => login.error.textContent()).toBe('Nama pengguna atau kata sandi salah.')
    expect(new URL(page.url()).pathname).toBe('/login')
    await page.context().close()
  })

  it("[LG1] logs an operator in with a session cookie and sends it to ?next=, or to the role's home", async () => {
    const page = await openPage(suite.browser, DESK)
    const login = new LoginPage(page)
    await login.logInAndLeave(suite.server.url, 'dpubmpr', { next: '/ops?colour=red' })
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/ops?colour=red')
    const cookie = (await page.context().cookies()).find((c) => c.name === 'pendopo_session')
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict' })
    // Logging out ends the session on the server and comes back here.
    await page.getByTestId(OPS_IDS.logout).click()
    await page.waitForURL((u) => u.pathname === '/login')
    expect(await page.evaluate(() => fetch('/api/v1/session').then((r) => r.status))).toBe(401)

    const other = await openPage(suite.browser, DESK)
    await new LoginPage(other).logInAndLeave(suite.server.url, 'bupati')
    expect(new URL(other.url()).pathname).toBe('/exec')
    await other.context().close()
    await page.context().close()
  })

  it('[LG5] after too many failed attempts says so, and what to do', async () => {
    const page = await openPage(suite.browser, DESK)
    const login = new LoginPage(page)
    await login.open(suite.server.url)
    // A username of its own, so the limit it earns does not lock out the demo users of other tests.
    let status = 0
    for (let attempt = 0; attempt < 15 && status !== 429; attempt++) {
      const answered = page.waitForResponse(
        (res) => res.url().endsWith('/api/v1/session') && res.request().method() === 'POST',
      )
      await page.getByLabel('Nama pengguna').fill('penebak')
      await page.getByLabel('Kata sandi').fill(`tebakan-${attempt}`)
      await login.submit.click()
      status = (await answered).status()
    }
    expect(status).toBe(429)
    await expect.poll(() => login.error.textContent()).toMatch(/^Terlalu banyak percobaan masuk\./)
    await page.context().close()
  })
})
