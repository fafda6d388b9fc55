import { EXEC_IDS } from '@pendopo/shared'
import type { Locator, Page } from 'playwright-core'

/** The executives' tablet (/exec), as a test sees it: its parts by the same ids its components carry. */
export class ExecPage {
  constructor(
    readonly page: Page,
    readonly url: string,
  ) {}

  /**
   * Logs in as a person, as the login form does: `POST /api/v1/session` from the page, so the browser
   * keeps the session cookie (HttpOnly, SameSite=Strict) for the screens and the socket.
   */
  async login(username: string, password: string): Promise<void> {
    await this.page.goto(`${this.url}/healthz`)
    const status = await this.page.evaluate(
      async (body) =>
        (
          await fetch('/api/v1/session', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(body),
          })
        ).status,
      { username, password },
    )
    if (status !== 200) throw new Error(`login as ${username}: ${status}`)
  }

  open(search = ''): Promise<unknown> {
    return this.page.goto(`${this.url}/exec${search}`)
  }

  byId(id: string): Locator {
    return this.page.getByTestId(id)
  }

  /** The query string the tablet shows (its whole view). */
  search(): string {
    return new URL(this.page.url()).search
  }

  /** Waits until the tablet is live and has drawn its figures. */
  async ready(): Promise<void> {
    await this.page
      .waitForFunction(
        (ids) =>
          document.querySelector(`[data-testid="${ids.connection}"]`)?.getAttribute('data-status') ===
            'live' &&
          document.querySelector(`[data-testid="${ids.figures}"] [data-figure="open"]`) !== null &&
          document.querySelectorAll(ids.rows).length > 0,
        {
          connection: EXEC_IDS.connection,
          figures: EXEC_IDS.figures,
          // Whichever list the view shows: the kecamatan, one kecamatan's desa, or the Friday review.
          rows: [EXEC_IDS.kecamatanRow, EXEC_IDS.desaRow, EXEC_IDS.fridayRow]
            .map((id) => `[data-testid="${id}"]`)
            .join(', '),
        },
        { timeout: 20_000 },
      )
      .catch(async (error: unknown) => {
        // Say what the page showed instead: a login page, an offline tablet, an empty list.
        const shown = await this.page.evaluate(
          (connection) => ({
            url: window.location.href,
            connection: document.querySelector(`[data-testid="${connection}"]`)?.getAttribute('data-status'),
            text: document.body.innerText.slice(0, 300),
          }),
          EXEC_IDS.connection,
        )
        throw new Error(`the tablet is not ready: ${JSON.stringify(shown)}`, { cause: error })
      })
  }

  /** A key figure's value as drawn (`data-value`). */
  async figure(id: string): Promise<number> {
    const value = await this.byId(EXEC_IDS.figures)
      .locator(`[data-figure="${id}"]`)
      .getAttribute('data-value')
    return Number(value)
  }

  get kecamatanRows(): Locator {
    return this.byId(EXEC_IDS.kecamatanRow)
  }

  get desaRows(): Locator {
    return this.byId(EXEC_IDS.desaRow)
  }

  /** The OPD rows that lead somewhere (the verification queue is not an OPD to open). */
  /** The OPDs' links, Kominfo's verification queue (`-`) aside. */
  get opdLinks(): Locator {
    return this.page.locator(`[data-testid="${EXEC_IDS.opdRow}"]:not([data-code="-"]) a`)
  }

  /** Kominfo's verification queue: the complaints no OPD holds yet. */
  get kominfoLink(): Locator {
    return this.page.locator(`[data-testid="${EXEC_IDS.opdRow}"][data-code="-"] a`)
  }

  get complaintRows(): Locator {
    return this.byId(EXEC_IDS.complaintRow)
  }

  get fridayRows(): Locator {
    return this.byId(EXEC_IDS.fridayRow)
  }

  get complaint(): Locator {
    return this.byId(EXEC_IDS.complaint)
  }

  get complaintState(): Locator {
    return this.byId(EXEC_IDS.complaintState)
  }

  /** The range picker's option for a range id (`today`, `week`, `7d`, `14d`). */
  range(id: string): Locator {
    return this.byId(EXEC_IDS.range).locator(`[data-code="${id}"]`)
  }

  /** A page of the tablet (`today`, `friday`). */
  tab(id: string): Locator {
    return this.byId(EXEC_IDS.nav).locator(`[data-code="${id}"]`)
  }

  /** Waits until the complaint detail shows this complaint in this state. */
  async waitForComplaintState(id: string, state: string, timeout = 10_000): Promise<void> {
    await this.page.waitForFunction(
      ({ ids, id, state }) =>
        document
          .querySelector(`[data-testid="${ids.complaint}"][data-id="${id}"] [data-testid="${ids.state}"]`)
          ?.getAttribute('data-state') === state,
      { ids: { complaint: EXEC_IDS.complaint, state: EXEC_IDS.complaintState }, id, state },
      { timeout },
    )
  }
}
