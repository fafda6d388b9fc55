import type { ComplaintId, ComplaintRecord, State } from '@pendopo/shared'

import type { EventStore, StoreSnapshot } from '../log/EventStore.js'
import type { Reference } from '../reference/Reference.js'

import type { ComplaintFacts } from './planner.js'

/**
 * Finding work the simulator has no plan for: after a restart its plans are gone (they live in memory
 * only), and real clients may post complaints too. The snapshot's recent list is what the wall shows,
 * so that is where the live loop looks.
 */

/** States in which someone other than the reporter has the next move: worth planning when found. */
const ADOPTABLE: ReadonlySet<State> = new Set([
  'RECEIVED',
  'VERIFIED',
  'ON_HOLD',
  'NOT_AUTHORITY',
  'DISPOSITIONED',
  'REPORTER_REPLIED',
])

/** Recent complaints that wait for Kominfo or an OPD and that `planned` does not cover, with the snapshot read. */
export async function findUnplanned(
  store: EventStore,
  options: { now: number; planned: (id: ComplaintId) => boolean },
): Promise<{ snapshot: StoreSnapshot; records: ComplaintRecord[] }> {
  const snapshot = await store.snapshot({ audience: 'staff', now: options.now })
  const records: ComplaintRecord[] = []
  for (const summary of snapshot.recent) {
    if (options.planned(summary.id) || !ADOPTABLE.has(summary.state)) continue
    const record = await store.complaint(summary.id)
    if (record) records.push(record)
  }
  return { snapshot, records }
}

/** What the planner needs to know about a complaint read from the log. */
export function factsOf(reference: Reference, record: ComplaintRecord): ComplaintFacts | undefined {
  const category = reference.category(record.category)
  const desa = reference.geo.desaByCode(record.desaCode)
  if (!category || !desa) return undefined
  return {
    category,
    suggestedOpd: record.suggestedOpd,
    kecamatan: record.kecamatanCode,
    desaName: `${desa.type === 'kelurahan' ? 'Kelurahan' : 'Desa'} ${desa.name}`,
    channel: record.source.channel,
  }
}
