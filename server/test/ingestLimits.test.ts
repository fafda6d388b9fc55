import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createTestApp, type TestApp } from './support/createTestApp.js'
import { aComplaint, aVillageIssue } from './support/fixtures.js'

const PER_MINUTE = 3
let t: TestApp
beforeAll(async () => {
  t = await createTestApp({ ingestPerMinute: PER_MINUTE })
})
afterAll(() => t.close())

const integrationToken = async (name: string): Promise<string> => {
  const res = await t.api('/api/v1/tokens', { body: { role: 'integration', name } })
  expect(res.status).toBe(201)
  return ((await res.json()) as { token: string }).token
}
const post = (token: string | undefined, path = '/api/v1/complaints', body: unknown = aComplaint()) =>
  t.api(path, { body, ...(token ? { token } : {}) })

async function expectRefused(res: Response, who: 'credential' | 'address'): Promise<void> {
  expect(res.status).toBe(429)
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0)
  const body = (await res.json()) as { error: string; retryAfter: number }
  expect(body.error).toContain(`too many submissions from this ${who}`)
  expect(body.retryAfter).toBeGreaterThan(0)
}

describe('ingest rate limits', () => {
  it('[IL1] refuses a credential past its budget with 429 and records nothing; another credential goes on', async () => {
    const seqBefore = await t.store.headSeq()
    for (let i = 0; i < PER_MINUTE; i++) expect((await post(undefined)).status).toBe(201)
    const head = await t.store.headSeq()
    expect(head).toBe(seqBefore + PER_MINUTE)

    const refused = aComplaint()
    await expectRefused(await post(undefined, '/api/v1/complaints', refused), 'credential')
    // Village issues share the budget: one more kind of submission is not one more minute's worth.
    await expectRefused(await post(undefined, '/api/v1/village-issues', aVillageIssue()), 'credential')
    expect(await t.store.headSeq()).toBe(head)

    // Another credential has its own budget, and the refused complaint was never recorded: it is new.
    const other = await integrationToken('SMS 1708')
    const res = await post(other, '/api/v1/complaints', refused)
    expect(res.status).toBe(201)
  })

  it('[IL2] refuses an address past four credentials’ budgets, whatever credential it sends next', async () => {
    // This address has sent 6 submissions so far (IL1); its budget is 4 × 3 = 12.
    const tokens = [await integrationToken('WhatsApp'), await integrationToken('Lapor Bupati')]
    for (const token of tokens)
      for (let i = 0; i < PER_MINUTE; i++) expect((await post(token)).status).toBe(201)
    const radio = await integrationToken('Radio')
    const head = await t.store.headSeq()
    await expectRefused(await post(radio), 'address')
    expect(await t.store.headSeq()).toBe(head)
  })

  it('[IL3] behind a trusted proxy, counts each client address it forwards, not the proxy’s', async () => {
    const proxied = await createTestApp({ ingestPerMinute: 1, trustProxy: 'loopback' })
    const direct = await createTestApp({ ingestPerMinute: 1 })
    try {
      // Per address: 4 × 1 a minute. Each submission comes with a credential of its own, so only the
      // address limit can refuse it.
      const from = async (app: TestApp, address: string) => {
        const issued = await app.api('/api/v1/tokens', { body: { role: 'integration', name: address } })
        const { token } = (await issued.json()) as { token: string }
        return fetch(`${app.url}/api/v1/complaints`, {
          method: 'POST',
          headers: {
            authorization: `Bearer ${token}`,
            'content-type': 'application/json',
            'x-forwarded-for': address,
          },
          body: JSON.stringify(aComplaint()),
        })
      }
      for (let i = 0; i < 4; i++) expect((await from(proxied, '203.0.113.7')).status).toBe(201)
      expect((await from(proxied, '203.0.113.7')).status).toBe(429)
      expect((await from(proxied, '203.0.113.8')).status).toBe(201)
      // Not trusted: a forwarded address is the client's word, and every request is the proxy's.
      for (let i = 0; i < 4; i++) expect((await from(direct, `198.51.100.${i}`)).status).toBe(201)
      expect((await from(direct, '198.51.100.9')).status).toBe(429)
    } finally {
      await proxied.close()
      await direct.close()
    }
  })
})
