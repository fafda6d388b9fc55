import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'

import { LoginPage } from '../pages/LoginPage.js'
import { OpsPage } from '../pages/OpsPage.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { openPage } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN } from '../support/wallServer.js'

const suite = serverAndBrowser()

// Each would set window.__pwned if it ever ran as markup rather than being shown as text.
const TITLE = `<img src=x onerror="window.__pwned='title'"> Jalan rusak`
const BODY = `<script>window.__pwned='body'</script><svg onload="window.__pwned='svg'"></svg> Mohon segera diperbaiki.`

const pwned = (page: Page) => page.evaluate(() => (window as { __pwned?: string }).__pwned ?? null)

describe('script in a complaint', () => {
  it('[XS1] is shown as text on the console, and the CSP stops any script that got into the page anyway', async () => {
    const res = await postComplaint(suite.server.url, ADMIN, aComplaint({ title: TITLE, body: BODY }))
    expect(res.status).toBe(201)
    const { id } = (await res.json()) as { id: string }

    const page = await openPage(suite.browser, { width: 1440, height: 900 })
    await new LoginPage(page).logInAndLeave(suite.server.url, 'kominfo', { next: `/ops/complaints/${id}` })
    const ops = new OpsPage(page)
    await ops.shows('RECEIVED')
    // The page shows the markup as the characters it is, and made no element of it.
    const text = await page.locator('body').innerText()
    expect(text).toContain(TITLE)
    expect(text).toContain('Mohon segera diperbaiki.')
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0)
    expect(await pwned(page)).toBeNull()

    // Had escaping failed somewhere, the Content-Security-Policy is the second wall: an inline script put
    // into the page is refused by the browser, and says so.
    const blocked = await page.evaluate(
      () =>
        new Promise<{ ran: boolean; directive: string }>((resolve) => {
          document.addEventListener('securitypolicyviolation', (e) =>
            resolve({ ran: '__inline' in window, directive: e.effectiveDirective }),
          )
          // No report within a second: the script was not refused (it ran, or the page has no policy).
          setTimeout(() => resolve({ ran: '__inline' in window, directive: 'none' }), 1_000)
          const script = document.createElement('script')
          script.textContent = 'window.__inline = true'
          document.body.append(script)
        }),
    )
    expect(blocked).toEqual({ ran: false, directive: 'script-src-elem' })
    await page.context().close()
  })
})
