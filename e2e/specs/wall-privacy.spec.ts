import { TEST_IDS } from '@pendopo/shared'
import { describe, expect, it } from 'vitest'

import { WallPage } from '../pages/WallPage.js'
import { aComplaint, postComplaint } from '../support/api.js'
import { openPage } from '../support/browser.js'
import { serverAndBrowser } from '../support/suite.js'
import { ADMIN } from '../support/wallServer.js'

const suite = serverAndBrowser()

const SECRETS = [
  'Nama Rahasia Pelapor',
  '081299990000',
  'JUDUL-RAHASIA',
  'ISI-RAHASIA',
  'JAWABAN-OPD-RAHASIA',
  'Warga Terbuka',
  '085711112222',
]

describe('the wall and privacy', () => {
  it('[WA4] never receives a reporter name or phone, nor any confidential or free text, in its socket frames', async () => {
    const page = await openPage(suite.browser, { width: 1920, height: 1080 })
    const frames: string[] = []
    page.on('websocket', (ws) => ws.on('framereceived', (frame) => frames.push(String(frame.payload))))
    const w = new WallPage(page)
    await w.open(suite.server.url, suite.server.wallToken)
    await w.ready()

    const secret = aComplaint({
      title: 'JUDUL-RAHASIA pungli di kantor desa',
      body: 'ISI-RAHASIA kepala desa meminta uang',
      reporter: { anonymous: true, confidential: true, name: 'Nama Rahasia Pelapor', phone: '081299990000' },
    })
    const open = aComplaint({
      reporter: { anonymous: false, confidential: false, name: 'Warga Terbuka', phone: '085711112222' },
    })
    const { id, trackingId } = (await (await postComplaint(suite.server.url, ADMIN, secret)).json()) as {
      id: string
      trackingId: string
    }
    await postComplaint(suite.server.url, ADMIN, open)
    const act = (body: unknown) =>
      fetch(`${suite.server.url}/api/v1/complaints/${id}/actions`, {
        method: 'POST',
        headers: { authorization: `Bearer ${ADMIN}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      }).then((r) => r.json() as Promise<{ seq: number }>)
    await act({ type: 'verify' })
    await act({ type: 'dispose', opd: 'INSP' })
    const { seq } = await act({ type: 'follow_up', text: 'JAWABAN-OPD-RAHASIA sudah ditindak' })
    await page.waitForFunction(
      ({ rootId, at }) =>
        Number(document.querySelector(`[data-testid="${rootId}"]`)?.getAttribute('data-seq') ?? 0) >= at,
      { rootId: TEST_IDS.wall.root, at: seq },
      { timeout: 10_000 },
    )

    const all = frames.join('\n')
    expect(all).toContain(trackingId) // the complaint did reach the wall…
    for (const word of SECRETS) expect(all, word).not.toContain(word) // …without what it must not carry
    expect(await page.content()).not.toContain('JUDUL-RAHASIA')
    await page.context().close()
  }, 60_000)
})
