import { type ComplaintId, DEFAULT_SLA_POLICY, type DomainEvent, SYSTEM_ACTOR } from '@pendopo/shared'
import { afterEach, describe, expect, it } from 'vitest'

import type { Accepted, Outcome } from '../../src/domain/commands.js'
import { type EventStore, StoreUnavailableError } from '../../src/log/EventStore.js'
import { loadCalendarFile } from '../../src/reference/loadCalendarFile.js'

import { act, actOnIssue, receive, report } from './commands.js'

export interface StoreUnderTest {
  readonly store: EventStore
  /** Makes the store's writes fail (another connection holds the lock), until `release()`. */
  blockWrites(): Promise<{ release(): Promise<void> }>
  /** The same database, opened again (a restart). */
  reopen(): Promise<EventStore>
  close(): Promise<void>
}

const T0 = Date.parse('2026-11-23T02:00:00.000Z')
const accepted = (o: Outcome | undefined): Accepted => {
  if (!o?.ok) throw new Error(`expected acceptance, got ${JSON.stringify(o)}`)
  return o
}

/**
 * The behaviour every EventStore must have (style.md §8), run by each implementation's test file with its
 * own factory. Rule ids: ES1…ES7.
 */
export function registerEventStoreContract(name: string, factory: () => Promise<StoreUnderTest>): void {
  describe(`EventStore contract: ${name}`, () => {
    let subject: StoreUnderTest
    const stores: StoreUnderTest[] = []
    const open = async () => {
      subject = await factory()
      stores.push(subject)
      const published = await subject.store.commit([
        { kind: 'publishCalendar', at: T0, actor: SYSTEM_ACTOR, calendar: loadCalendarFile() },
      ])
      accepted(published[0])
      return subject.store
    }
    afterEach(async () => {
      for (const s of stores.splice(0)) await s.close()
    })

    it('[ES1] gives events gap-free seqs in command order, across batches', async () => {
      const store = await open()
      const first = await store.commit([receive(T0), receive(T0 + 1), receive(T0 + 2)])
      const second = await store.commit([receive(T0 + 3)])
      const seqs = [...first, ...second].map((o) => accepted(o).seq)
      expect(seqs).toEqual([2, 3, 4, 5])
      expect(await store.headSeq()).toBe(5)
      const log = await store.readAfter(0, 100)
      expect(log.map((e) => e.seq)).toEqual([1, 2, 3, 4, 5])
      expect((await store.readAfter(2, 2)).map((e) => e.seq)).toEqual([3, 4])
      expect(await store.readAfter(5, 10)).toEqual([])
    })

    it('[ES2] writes nothing for a refused command, and the rest of its batch still commits', async () => {
      const store = await open()
      const [created] = await store.commit([receive(T0)])
      const id = (accepted(created).result as { id: ComplaintId }).id
      const outcomes = await store.commit([
        act(T0 + 1, id, { type: 'follow_up', text: 'too early' }), // illegal in RECEIVED
        receive(T0 + 2),
        act(T0 + 3, id, { type: 'verify' }),
      ])
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.refusal))).toEqual(['illegal_transition', 'ok', 'ok'])
      expect((await store.readAfter(0, 100)).map((e) => e.type)).toEqual([
        'calendar.published',
        'complaint.received',
        'complaint.received',
        'complaint.verified',
      ])
    })

    it('[ES3] rolls back a command whose decision throws, alone', async () => {
      const store = await open()
      const broken = receive(T0) // then corrupted past validation, as a bug would
      ;(broken.submission as { reportedAt: string }).reportedAt = 'not a date'
      const outcomes = await store.commit([receive(T0), broken, receive(T0 + 1)])
      expect(outcomes.map((o) => (o.ok ? 'ok' : o.refusal))).toEqual(['ok', 'internal', 'ok'])
      expect((await store.readAfter(0, 100)).map((e) => e.seq)).toEqual([1, 2, 3])
    })

    it('[ES4] makes the same delivery twice in one batch one complaint', async () => {
      const store = await open()
      const command = receive(T0)
      const twice = { ...receive(T0 + 1), submission: command.submission }
      const [a, b] = (await store.commit([command, twice])).map(accepted)
      expect(b?.result).toEqual({ ...a?.result, created: false })
      expect(b?.seq).toBe(a?.seq)
      expect(await store.headSeq()).toBe(2)
    })

    it('[ES5] rejects a whole batch when the store fails, writing nothing, and works again after', async () => {
      const store = await open()
      await store.commit([receive(T0)])
      const block = await subject.blockWrites()
      await expect(store.commit([receive(T0 + 1), receive(T0 + 2)])).rejects.toBeInstanceOf(
        StoreUnavailableError,
      )
      await block.release()
      expect(await store.headSeq()).toBe(2)
      const [next] = await store.commit([receive(T0 + 3)])
      expect(accepted(next).seq).toBe(3)
    })

    it('[ES6] rebuilds projections from the log alone to exactly what they were', async () => {
      const store = await open()
      const made = await store.commit([receive(T0), receive(T0 + 1), receive(T0 + 2)])
      const [a, b] = made.map((o) => (accepted(o).result as { id: ComplaintId }).id)
      await store.commit([
        act(T0 + 10, a!, { type: 'verify' }),
        act(T0 + 11, b!, { type: 'hold', reason: 'tunggu data' }),
      ])
      await store.commit([act(T0 + 20, a!, { type: 'dispose', opd: 'DPUBMPR' as never })])
      await store.commit([
        {
          kind: 'fireTimer',
          at: T0 + 9 * 86_400_000,
          actor: SYSTEM_ACTOR,
          ...(await store.dueTimers(T0 + 9 * 86_400_000, 1))[0]!,
        },
      ])

      const view = async () => ({
        snapshot: await store.snapshot({ audience: 'staff', now: T0 }),
        complaints: await Promise.all([a!, b!].map((id) => store.complaint(id))),
        timers: await store.dueTimers(Number.MAX_SAFE_INTEGER, 1000),
      })
      const before = await view()
      await store.rebuildProjections()
      expect(await view()).toEqual(before)
    })

    it('[ES7] keeps everything across a reopen', async () => {
      const store = await open()
      await store.commit([receive(T0), receive(T0 + 1)])
      const log: DomainEvent[] = await store.readAfter(0, 100)
      const snapshot = await store.snapshot({ audience: 'staff', now: T0 })
      await store.close()
      const again = await subject.reopen()
      expect(await again.readAfter(0, 100)).toEqual(log)
      expect(await again.snapshot({ audience: 'staff', now: T0 })).toEqual(snapshot)
      const [next] = await again.commit([receive(T0 + 2)])
      expect(accepted(next).seq).toBe(4)
    })

    it('[ES10] answers a village issue reported again with its first report, after actions on it', async () => {
      const first = report(T0)
      const [reported] = await (await open()).commit([first])
      const firstSeq = accepted(reported).seq
      // Acted on by a store that did not see the report (a restart, another process).
      const store = await subject.reopen()
      await store.commit([actOnIssue(T0 + 1, first.id, { type: 'update', severity: 3 })])
      const [repeat] = await store.commit([{ ...report(T0 + 2), submission: first.submission }])
      expect(accepted(repeat)).toMatchObject({ seq: firstSeq, events: [] })
      expect(await store.villageIssue(first.id)).toMatchObject({ severity: 3 })
    })

    it('[ES9] gives back the published calendar, one that counts working days', async () => {
      const store = await open()
      const calendar = await store.calendar()
      expect(calendar?.version).toBe(1)
      // Thursday 30 April 2026, 10:00 WIB + 3 working days: 1 May (Hari Buruh) and the weekend do not count.
      expect(new Date(calendar!.addWorkingDays(Date.parse('2026-04-30T10:00+07:00'), 3)).toISOString()).toBe(
        '2026-05-06T17:00:00.000Z',
      )
      expect(calendar?.isWorkingDay('2026-05-01')).toBe(false)
    })

    it('[ES8] keeps what was written unsynced across a reopen, and passes a failure through', async () => {
      const store = await open()
      const complaints = [receive(T0), receive(T0 + 1), receive(T0 + 2), receive(T0 + 3)]
      const seq = await store.unsynced(async () => {
        await store.commit([complaints[0]!])
        const [second] = await store.commit([complaints[1]!])
        return accepted(second).seq
      })
      expect(seq).toBe(await store.headSeq())
      await expect(
        store.unsynced(async () => {
          await store.commit([complaints[2]!])
          throw new Error('the history generator broke')
        }),
      ).rejects.toThrow('the history generator broke')
      // Commits after it are the ordinary durable kind, and nothing written inside was undone.
      await store.commit([complaints[3]!])
      await store.close()
      const again = await subject.reopen()
      for (const { id } of complaints) expect(await again.complaint(id)).toMatchObject({ id })
    })
  })
}

export const CONTRACT_POLICY = DEFAULT_SLA_POLICY
