import { OPS_IDS } from '@pendopo/shared'
import type { Locator, Page } from 'playwright-core'

/** The demo users' password (docs/access.md "Demo users"). */
export const DEMO_PASSWORD = 'pendopo-demo-2026'

/** The login page, as a test sees it: its fields by the ids its components carry. */
export class LoginPage {
  constructor(readonly page: Page) {}

  open(url: string, options: { next?: string; lang?: 'en' } = {}) {
    const params = new URLSearchParams()
    if (options.next) params.set('next', options.next)
    if (options.lang) params.set('lang', options.lang)
    const query = params.toString()
    return this.page.goto(`${url}/login${query ? `?${query}` : ''}`)
  }

  get form(): Locator {
    return this.page.getByTestId(OPS_IDS.login.form)
  }

  get error(): Locator {
    return this.page.getByTestId(OPS_IDS.login.error)
  }

  get submit(): Locator {
    return this.page.getByTestId(OPS_IDS.login.submit)
  }

  /** Types the credentials and sends them; resolves once the request has been answered. */
  async logIn(username: string, password = DEMO_PASSWORD): Promise<void> {
    await this.page.getByTestId(OPS_IDS.login.username).fill(username)
    await this.page.getByTestId(OPS_IDS.login.password).fill(password)
    const answered = this.page.waitForResponse(
      (res) => res.url().endsWith('/api/v1/session') && res.request().method() === 'POST',
    )
    await this.submit.click()
    await answered
  }

  /** Logs in from the login page and waits until the browser has left it. */
  async logInAndLeave(
    url: string,
    username: string,
    options: { next?: string; lang?: 'en' } = {},
  ): Promise<void> {
    await this.open(url, options)
    await this.logIn(username)
    await this.page.waitForURL((u) => !u.pathname.startsWith('/login'))
  }
}
