import { ID_PLACEHOLDER } from './runHttpLoad.js'

/** Enough variety that commits touch many desa's and categories' counters, as a real day does. */
const TEMPLATES = 64

/**
 * Bodies for `POST /api/v1/complaints` as a channel sends them (loadGenerator.ts's shape), spread over the
 * regency's desa and categories, each with `source.externalId` left as {@link ID_PLACEHOLDER} for the load
 * tool to make unique per request: the server answers a repeated external id without writing it.
 */
export async function complaintBodies(url: string, token: string): Promise<string[]> {
  const res = await fetch(`${url}/api/v1/reference`, { headers: { authorization: `Bearer ${token}` } })
  if (!res.ok) throw new Error(`GET /api/v1/reference: ${res.status} ${await res.text()}`)
  const reference = (await res.json()) as {
    desa: Array<{ code: string }>
    categories: Array<{ code: string }>
  }
  const reportedAt = new Date().toISOString()
  return Array.from({ length: TEMPLATES }, (_, i) =>
    JSON.stringify({
      source: { channel: 'web', externalId: `bench-${ID_PLACEHOLDER}` },
      title: `Laporan uji beban ${i}`,
      body: 'Laporan otomatis dari pembangkit beban benchmark.',
      category: reference.categories[(i * 104_729) % reference.categories.length]?.code,
      location: { desaCode: reference.desa[(i * 7919) % reference.desa.length]?.code },
      reportedAt,
      reporter: { anonymous: true, confidential: false },
    }),
  )
}
