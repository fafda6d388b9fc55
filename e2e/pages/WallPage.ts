import { TEST_IDS } from '@pendopo/shared'
import type { Locator, Page } from 'playwright-core'

/** The wall, as a test sees it: its parts by the same ids its components carry. */
export class WallPage {
  constructor(readonly page: Page) {}

  open(url: string, token: string, options: { lang?: 'en' } = {}) {
    return this.page.goto(`${url}/wall${options.lang ? `?lang=${options.lang}` : ''}#token=${token}`)
  }

  byId(id: string): Locator {
    return this.page.getByTestId(id)
  }

  get connection(): Locator {
    return this.byId(TEST_IDS.wall.connection)
  }

  get scene(): Locator {
    return this.byId(TEST_IDS.wall.scene)
  }

  get ticker(): Locator {
    return this.byId(TEST_IDS.panel.ticker)
  }

  get mapPoints(): Locator {
    return this.byId(TEST_IDS.panel.mapPoints)
  }

  /** How many complaints the map draws (the points layer says so). */
  async pointCount(): Promise<number> {
    return Number(await this.mapPoints.getAttribute('data-count'))
  }

  async connectionStatus(): Promise<string | null> {
    return this.connection.getAttribute('data-status')
  }

  /** Waits until the wall is live and has drawn its data. */
  async ready(): Promise<void> {
    await this.page.waitForFunction(
      (ids) =>
        document.querySelector(`[data-testid="${ids.connection}"]`)?.getAttribute('data-status') === 'live' &&
        Number(document.querySelector(`[data-testid="${ids.points}"]`)?.getAttribute('data-count') ?? 0) > 0,
      { connection: TEST_IDS.wall.connection, points: TEST_IDS.panel.mapPoints },
      { timeout: 20_000 },
    )
  }
}
