/** The public HTTP API, as an integration calls it. */

let counter = 0

/** A valid complaint as a channel would send it; each call gets a fresh external id. */
export function aComplaint(overrides: Record<string, unknown> = {}) {
  return {
    source: { channel: 'sms1708', externalId: `e2e-${process.pid}-${Date.now()}-${++counter}` },
    title: 'Lampu penerangan jalan mati',
    body: 'BJN Lampu PJU di depan pasar mati sejak tiga hari, jalan gelap pada malam hari.',
    category: 'pupr.penerangan-jalan',
    location: { desaCode: '35.22.15.1005' },
    reportedAt: new Date().toISOString(),
    reporter: { anonymous: false, confidential: false, name: 'Warga Kepatihan', phone: '081234567890' },
    ...overrides,
  }
}

export function postComplaint(url: string, token: string, body: unknown): Promise<Response> {
  return fetch(`${url}/api/v1/complaints`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
}

export async function getJson<T>(url: string, token: string): Promise<T> {
  const res = await fetch(url, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET ${url}: ${res.status} ${await res.text()}`)
  return (await res.json()) as T
}
