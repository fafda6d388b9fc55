/** Fills a server with `count` open complaints through the public API, `concurrency` at a time. */
export async function seedComplaints(
  url: string,
  token: string,
  { count, concurrency = 64 }: { count: number; concurrency?: number },
): Promise<void> {
  const reference = (await (
    await fetch(`${url}/api/v1/reference`, { headers: { authorization: `Bearer ${token}` } })
  ).json()) as {
    desa: Array<{ code: string }>
    categories: Array<{ code: string }>
  }
  let next = 0
  const worker = async () => {
    for (let i = next++; i < count; i = next++) {
      const desa = reference.desa[(i * 7919) % reference.desa.length]
      const category = reference.categories[(i * 104_729) % reference.categories.length]
      const res = await fetch(`${url}/api/v1/complaints`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({
          source: { channel: 'lapor', externalId: `seed-${i}` },
          title: `Laporan ${i}`,
          body: 'Isi laporan untuk mengisi peta.',
          category: category?.code,
          location: { desaCode: desa?.code },
          reportedAt: new Date().toISOString(),
          reporter: { anonymous: true, confidential: false },
        }),
      })
      if (!res.ok) throw new Error(`seeding failed at ${i}: ${res.status} ${await res.text()}`)
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker))
}
