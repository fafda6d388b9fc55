import { OPS_IDS } from '@pendopo/shared'
import type { Locator, Page } from 'playwright-core'

/** The operators' console (/ops), as a test sees it: its parts by the ids its components carry. */
export class OpsPage {
  constructor(readonly page: Page) {}

  openQueue(url: string, query = '') {
    return this.page.goto(`${url}/ops${query}`)
  }

  openComplaint(url: string, id: string, query = '') {
    return this.page.goto(`${url}/ops/complaints/${id}${query}`)
  }

  get connection(): Locator {
    return this.page.getByTestId(OPS_IDS.connection)
  }

  /** Waits until the console's socket is live (events from now on reach the page). */
  async live(): Promise<void> {
    await this.page.waitForSelector(`[data-testid="${OPS_IDS.connection}"][data-status="live"]`, {
      timeout: 20_000,
    })
  }

  // The queue

  get total(): Locator {
    return this.page.getByTestId(OPS_IDS.queue.total)
  }

  get rows(): Locator {
    return this.page.getByTestId(OPS_IDS.queue.row)
  }

  row(id: string): Locator {
    return this.page.locator(`[data-testid="${OPS_IDS.queue.row}"][data-id="${id}"]`)
  }

  /** A filter of several values, by its label (closed or open). */
  filter(label: string): Locator {
    return this.page
      .getByTestId(OPS_IDS.queue.filters)
      .locator('details summary', { hasText: new RegExp(`^${label}\\b`) })
  }

  get selectedRow(): Locator {
    return this.page.locator(`[data-testid="${OPS_IDS.queue.row}"][aria-current="true"]`)
  }

  /** Waits until the first page of the queue has arrived; resolves with the total it states. */
  async queueLoaded(): Promise<number> {
    const handle = await this.page.waitForSelector(
      `[data-testid="${OPS_IDS.queue.total}"][data-total]:not([data-total=""])`,
      {
        timeout: 20_000,
      },
    )
    return Number(await handle.getAttribute('data-total'))
  }

  /** An attribute of every row drawn (the list is virtualised: only the rows in view exist). */
  rowValues(attribute: string): Promise<string[]> {
    return this.rows.evaluateAll((rows, name) => rows.map((r) => r.getAttribute(name) ?? ''), attribute)
  }

  // One complaint

  get header(): Locator {
    return this.page.getByTestId(OPS_IDS.complaint.header)
  }

  get timeline(): Locator {
    return this.page.getByTestId(OPS_IDS.complaint.timeline)
  }

  get countdowns(): Locator {
    return this.page.getByTestId(OPS_IDS.complaint.countdowns)
  }

  get pending(): Locator {
    return this.page.getByTestId(OPS_IDS.complaint.pending)
  }

  get refusal(): Locator {
    return this.page.getByTestId(OPS_IDS.complaint.refusal)
  }

  get actionForm(): Locator {
    return this.page.getByTestId(OPS_IDS.action.form)
  }

  actionButton(action: string): Locator {
    return this.page.locator(`[data-testid="${OPS_IDS.action.button}"][data-action="${action}"]`)
  }

  /** A field of the open action form by its name (`text`, `reason`, `note`, `opd`, `rating`). */
  field(name: string): Locator {
    return this.actionForm.locator(`[name="${name}"]`)
  }

  /** Waits until the complaint page shows this state (and so this version or a later one). */
  async shows(state: string, timeout = 10_000): Promise<void> {
    await this.page.waitForSelector(`[data-testid="${OPS_IDS.complaint.header}"][data-state="${state}"]`, {
      timeout,
    })
  }
}

/**
 * A complaint dispositioned to `opd`, made through the public API as an integration and Kominfo would:
 * received, verified, dispositioned. Resolves with its id.
 */
export async function dispositionedComplaint(
  url: string,
  token: string,
  { opd, body }: { opd: string; body: Record<string, unknown> },
): Promise<string> {
  const call = async (path: string, payload: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify(payload),
    })
    if (!res.ok) throw new Error(`POST ${path}: ${res.status} ${await res.text()}`)
    return (await res.json()) as Record<string, unknown>
  }
  const { id } = (await call('/api/v1/complaints', body)) as { id: string }
  await call(`/api/v1/complaints/${id}/actions`, { type: 'verify' })
  await call(`/api/v1/complaints/${id}/actions`, { type: 'dispose', opd })
  return id
}
