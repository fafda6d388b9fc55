import { type ComplaintId, type DomainEvent, SYSTEM_ACTOR } from '@pendopo/shared'
import { pino } from 'pino'
import { afterEach, expect, it } from 'vitest'

import type { Accepted, Outcome } from '../../src/domain/commands.js'
import { StoreUnavailableError } from '../../src/log/EventStore.js'
import { PostgresEventStore } from '../../src/log/postgres/PostgresEventStore.js'
import { loadCalendarFile } from '../../src/reference/loadCalendarFile.js'
import { type ScratchSchema, scratchSchema } from '../support/scratchSchema.js'
import { describeIfServices } from '../support/services.js'

import { act, receive } from './commands.js'
import { CONTRACT_POLICY } from './eventStoreContract.js'

const T0 = Date.parse('2026-11-23T02:00:00.000Z')
const WRITERS = 4
const BATCHES_PER_WRITER = 40

const accepted = (o: Outcome | undefined): Accepted => {
  if (!o?.ok) throw new Error(`expected acceptance, got ${JSON.stringify(o)}`)
  return o
}

/** Several stores on one database: what several server processes are to each other. */
describeIfServices('PostgreSQL store, several processes writing', { postgres: true }, () => {
  let schema: ScratchSchema
  const stores: PostgresEventStore[] = []
  const open = async () => {
    const store = await PostgresEventStore.open({
      url: schema.url,
      decisions: { policy: CONTRACT_POLICY },
      log: pino({ level: 'silent' }),
    })
    stores.push(store)
    return store
  }
  const start = async () => {
    schema = await scratchSchema()
    const first = await open()
    accepted(
      (
        await first.commit([
          { kind: 'publishCalendar', at: T0, actor: SYSTEM_ACTOR, calendar: loadCalendarFile() },
        ])
      )[0],
    )
    return first
  }
  afterEach(async () => {
    for (const s of stores.splice(0)) await s.close()
    await schema.drop()
  })

  it('[PG1] numbers events gap-free in commit order across concurrent writers: a reader never sees n before n - 1', async () => {
    await start()
    const writers = await Promise.all(Array.from({ length: WRITERS }, open))
    const reader = await open()
    let written = 0
    let done = false
    const write = async (store: PostgresEventStore, w: number) => {
      for (let b = 0; b < BATCHES_PER_WRITER; b++) {
        const size = 1 + ((w + b) % 4)
        const at = T0 + (w * BATCHES_PER_WRITER + b) * 10
        const outcomes = await store.commit(Array.from({ length: size }, (_, i) => receive(at + i)))
        written += outcomes.map(accepted).length
      }
    }
    // Tails the log as a live hub does: every read must continue exactly where the last one ended.
    const seen: number[] = []
    const tail = async () => {
      let last = 1 // the calendar
      while (!done || last < written + 1) {
        const batch: DomainEvent[] = await reader.readAfter(last, 1_000)
        for (const event of batch) {
          if (event.seq !== last + 1)
            throw new Error(`read seq ${String(event.seq)} right after ${String(last)}: a gap`)
          last = event.seq
          seen.push(event.seq)
        }
      }
    }
    const tailing = tail()
    await Promise.all(writers.map(write))
    done = true
    await tailing

    const total = 1 + written
    expect(written).toBe(WRITERS * BATCHES_PER_WRITER * 2.5)
    expect(await reader.headSeq()).toBe(total)
    expect(seen).toEqual(Array.from({ length: written }, (_, i) => i + 2))
    const log = await reader.readAfter(0, total + 1)
    expect(log.map((e) => e.seq)).toEqual(Array.from({ length: total }, (_, i) => i + 1))
    // Tracking numbers come from a count every writer shares: none given twice.
    const tracking = log.flatMap((e) => (e.type === 'complaint.received' ? [e.data.summary.trackingId] : []))
    expect(new Set(tracking).size).toBe(written)
  })

  it('[PG2] a process acting on a complaint sees what another process did to it, and its count', async () => {
    const a = await start()
    const b = await open()
    const [made] = await a.commit([receive(T0)])
    const id = (accepted(made).result as { id: ComplaintId }).id
    // a cached the complaint as received; b moves it on; a must decide against b's version, not its own.
    accepted((await b.commit([act(T0 + 1, id, { type: 'verify' })]))[0])
    const refused = (await a.commit([act(T0 + 2, id, { type: 'verify' })]))[0]
    expect(refused).toMatchObject({ ok: false, refusal: 'illegal_transition' })
    accepted((await a.commit([act(T0 + 3, id, { type: 'dispose', opd: 'DPUBMPR' as never })]))[0])
    expect(await b.complaint(id)).toMatchObject({ state: 'DISPOSITIONED', opd: 'DPUBMPR' })

    const [fromB] = await b.commit([receive(T0 + 4)])
    const [fromA] = await a.commit([receive(T0 + 5)])
    const numbers = [made, fromB, fromA].map((o) => (accepted(o).result as { trackingId: string }).trackingId)
    expect(new Set(numbers).size).toBe(3)
  })

  it('[PG3] a store whose connections the database ended (a restart, a failover) recovers by itself', async () => {
    await start()
    // A name of its own on every connection (the URL's wins over the store's), so that only these end.
    const name = `pendopo-pg3-${String(process.pid)}-${String(Date.now())}`
    const url = new URL(schema.url)
    url.searchParams.set('application_name', name)
    const store = await PostgresEventStore.open({
      url: url.toString(),
      decisions: { policy: CONTRACT_POLICY },
      log: pino({ level: 'silent' }),
    })
    stores.push(store)
    await store.commit([receive(T0)])
    const admin = await schema.connect()
    try {
      const { rowCount } = await admin.query(
        'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1',
        [name],
      )
      expect(rowCount).toBeGreaterThan(0)
    } finally {
      await admin.end()
    }
    // The batch in flight may be refused as the store being unavailable; the next ones go through.
    let outcome: Outcome | undefined
    for (let attempt = 0; attempt < 3 && !outcome?.ok; attempt++) {
      outcome = await store.commit([receive(T0 + 1)]).then(
        ([o]) => o,
        (error: unknown) => {
          expect(error).toBeInstanceOf(StoreUnavailableError)
          return undefined
        },
      )
    }
    expect(accepted(outcome).seq).toBe(3)
    expect((await store.readAfter(0, 10)).map((e) => e.seq)).toEqual([1, 2, 3])
  })

  it('[PG4] a process decides with the calendar another process amended', async () => {
    const a = await start()
    const b = await open()
    await a.commit([receive(T0)]) // a has the calendar of version 1 in hand
    // Wed 25 Nov 2026 becomes a cuti bersama, on b.
    accepted(
      (
        await b.commit([
          {
            kind: 'amendCalendar',
            at: T0 + 1,
            actor: SYSTEM_ACTOR,
            amendment: {
              add: [{ date: '2026-11-25', kind: 'collective_leave', name: 'Cuti bersama (contoh)' }],
              remove: [],
              reason: 'Keppres contoh',
            },
            expectedVersion: 1,
          },
        ])
      )[0],
    )
    // Received Monday 09:00 WIB: three working days, Wednesday off, end Friday 27 Nov.
    const [fresh] = await a.commit([receive(T0 + 2)])
    const id = (accepted(fresh).result as { id: ComplaintId }).id
    expect((await a.complaint(id))?.clocks.verify).toMatchObject({
      dueAt: '2026-11-27T17:00:00.000Z',
      calendarVersion: 2,
    })
  })
})
