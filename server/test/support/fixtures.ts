/** Valid inputs, built with overrides, so each test states only what it is about. */

let counter = 0
const nextExternalId = () => `ext-${process.pid}-${++counter}`

export function aComplaint(overrides: Record<string, unknown> = {}) {
  return {
    source: { channel: 'whatsapp', externalId: nextExternalId() },
    title: 'Jalan berlubang di depan balai desa',
    body: 'Lubang besar di jalan depan balai desa, sudah dua minggu belum diperbaiki. Mohon segera ditangani.',
    category: 'pupr.jalan-berlubang',
    location: { desaCode: '35.22.15.1005' }, // Kepatihan, Kec. Bojonegoro
    reportedAt: '2026-11-23T08:30:00+07:00',
    reporter: { anonymous: false, confidential: false, name: 'Siti Aminah', phone: '081234567890' },
    ...overrides,
  }
}

export function aVillageIssue(overrides: Record<string, unknown> = {}) {
  return {
    source: { system: 'bpbd', externalId: nextExternalId() },
    kind: 'flood',
    desaCode: '35.22.23.2001',
    severity: 2,
    title: 'Banjir luapan Bengawan Solo',
    startedAt: '2026-11-23T05:00:00+07:00',
    affected: { households: 120 },
    ...overrides,
  }
}
