import type { DomainEvent } from '@pendopo/shared'
import fc from 'fast-check'
import { pino } from 'pino'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'

import { CommitFeed, GAP_WAIT_MS, HEAD_POLL_MS } from './CommitFeed.js'

/** Only `seq` matters to the feed. */
const event = (seq: number) => ({ seq, type: 'calendar.amended' }) as unknown as DomainEvent
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => event(from + i))

/**
 * A log the test commits to directly, as another process would. Reads can be held in flight (`hold`)
 * so that a broadcast can arrive during one.
 */
function createStore() {
  const log: DomainEvent[] = []
  let gate: Promise<void> | undefined
  const store = {
    reads: 0,
    commit(n: number): DomainEvent[] {
      const events = range(log.length + 1, log.length + n)
      log.push(...events)
      return events
    },
    headSeq: () => Promise.resolve(log.length),
    async readAfter(afterSeq: number, limit: number): Promise<DomainEvent[]> {
      store.reads++
      const answer = log.slice(afterSeq, afterSeq + limit)
      await gate
      return answer
    },
    /** Holds every read until the returned function is called. */
    hold(): () => void {
      let release = () => {}
      gate = new Promise((resolve) => (release = resolve))
      return () => {
        gate = undefined
        release()
      }
    },
  }
  return store
}

function createFeed(
  store: ReturnType<typeof createStore>,
  options: { pollMs?: number; startAfter?: number } = {},
) {
  const feed = new CommitFeed({ store, log: pino({ level: 'silent' }), startAfter: 0, ...options })
  const batches: number[][] = []
  feed.onPublish((events) => batches.push(events.map((e) => e.seq)))
  return { feed, batches, seqs: () => batches.flat() }
}

describe('CommitFeed', () => {
  beforeEach(() => vi.useFakeTimers())
  afterEach(() => vi.useRealTimers())

  it('[CL1] publishes every commit once, in seq order, whatever order and however often they are offered', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 20 }),
        fc.array(fc.nat(), { maxLength: 10 }),
        fc.infiniteStream(fc.nat()),
        (sizes, repeats, order) => {
          const store = createStore()
          const commits = sizes.map((n) => store.commit(n))
          const offers = [...commits, ...repeats.map((i) => commits[i % commits.length] ?? [])]
          const shuffled = offers
            .map((batch, i) => ({ batch, key: order.next().value as number, i }))
            .sort((a, b) => a.key - b.key || a.i - b.i)
          const { feed, batches, seqs } = createFeed(store)
          for (const { batch } of shuffled) feed.offer(batch)

          const head = commits.flat().length
          expect(seqs()).toEqual(range(1, head).map((e) => e.seq))
          expect(feed.published).toBe(head)
          // Whole commits, never read from the store: every batch was heard of.
          expect(batches.length).toBeLessThanOrEqual(commits.length)
          expect(store.reads).toBe(0)
          feed.close()
        },
      ),
    )
  })

  it('[CL2] reads a gap from the store when no broadcast fills it within the wait', async () => {
    const store = createStore()
    const { feed, seqs } = createFeed(store)
    feed.offer(store.commit(1))
    store.commit(2) // seqs 2-3: committed by a process killed before its broadcast
    feed.offer(store.commit(1))
    expect(seqs()).toEqual([1])

    await vi.advanceTimersByTimeAsync(GAP_WAIT_MS - 1)
    expect(store.reads).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(seqs()).toEqual([1, 2, 3, 4])
    expect(store.reads).toBe(1)
    feed.close()
  })

  it('[CL2] does not repeat or reorder a broadcast that arrives while the gap is being read, and reads once at a time', async () => {
    const store = createStore()
    const { feed, seqs } = createFeed(store)
    const late = store.commit(2) // seqs 1-2, whose broadcast is slow
    feed.offer(store.commit(1))
    const release = store.hold()
    await vi.advanceTimersByTimeAsync(GAP_WAIT_MS)
    expect(store.reads).toBe(1) // in flight

    feed.offer(late) // the broadcast arrives during the read
    expect(seqs()).toEqual([1, 2, 3])
    feed.offer(store.commit(1))
    feed.expect(9) // and a client saw a higher head meanwhile: still one read in flight
    await vi.advanceTimersByTimeAsync(GAP_WAIT_MS * 3)
    expect(store.reads).toBe(1)

    release()
    await vi.advanceTimersByTimeAsync(0)
    expect(seqs()).toEqual([1, 2, 3, 4])
    feed.close()
  })

  it('[CL3] with a head poll, publishes a last commit whose broadcast was lost; without one, never reads', async () => {
    const store = createStore()
    const cluster = createFeed(store, { pollMs: HEAD_POLL_MS })
    const single = createFeed(store)
    store.commit(3) // nothing after it is ever offered

    await vi.advanceTimersByTimeAsync(HEAD_POLL_MS + GAP_WAIT_MS)
    expect(cluster.seqs()).toEqual([1, 2, 3])
    expect(single.seqs()).toEqual([])
    expect(store.reads).toBe(1)
    cluster.feed.close()
    single.feed.close()
  })

  it('[CL4] reaches a seq a client was shown by the store, with no broadcast to say so', async () => {
    const store = createStore()
    const { feed, seqs } = createFeed(store)
    store.commit(2)
    feed.expect(2)
    await vi.advanceTimersByTimeAsync(GAP_WAIT_MS)
    expect(seqs()).toEqual([1, 2])
    feed.close()
  })

  it('[CL8] drops, after one read, batches the store does not hold, and goes on with the ones it does', async () => {
    const store = createStore()
    const { feed, seqs } = createFeed(store)
    feed.offer(range(100, 101)) // another deployment's commit, on the same Redis channel
    await vi.advanceTimersByTimeAsync(GAP_WAIT_MS * 10)
    expect(store.reads).toBe(1)
    feed.offer(store.commit(2))
    expect(seqs()).toEqual([1, 2])
    feed.close()
  })
})
