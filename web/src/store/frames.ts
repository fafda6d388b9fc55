/**
 * When the store may apply what arrived: at most once per animation frame, and under a stream at most
 * once per `minIntervalMs`. A lone event still shows at the next frame; a burst is gathered into a few
 * updates a second, which is all a wall read from across the room can show, and leaves the frames between
 * them free (each update re-renders the charts, restyles and repaints). A hidden tab gets no frames, so a
 * timer stands in after a while — a wall in a background tab must not hoard events without bound.
 */
export interface FrameScheduler {
  /** Asks for `flush` to run once, at a coming frame; repeated requests before it runs are merged. */
  request(flush: () => void): void
}

/** How long to wait for a frame before flushing anyway (a hidden or throttled tab). */
const HIDDEN_TAB_FLUSH_MS = 1_000

let due: Array<() => void> | null = null

/**
 * Runs `run` at the next animation frame, in the page's one frame callback, together with everything else
 * due then: the store's flush and the clocks' ticks (components/useNow.ts). Their updates reach React in
 * one task, and React renders the updates of one task as one commit, so commits cannot outnumber frames
 * however many sources are due — also when a busy page gets few frames. Without frames (a hidden tab),
 * a timer runs them after HIDDEN_TAB_FLUSH_MS.
 */
export function atNextFrame(run: () => void): void {
  if (due) {
    due.push(run)
    return
  }
  const runs = [run]
  due = runs
  const runAll = () => {
    if (due !== runs) return // already run, by the frame or by the timer
    due = null
    clearTimeout(fallback)
    for (const r of runs) r()
  }
  const fallback = setTimeout(runAll, HIDDEN_TAB_FLUSH_MS)
  requestAnimationFrame(runAll)
}

export function animationFrames({ minIntervalMs = 0 }: { minIntervalMs?: number } = {}): FrameScheduler {
  let pending = false
  let lastRun = Number.NEGATIVE_INFINITY
  return {
    request(flush) {
      if (pending) return
      pending = true
      const wait = Math.max(0, lastRun + minIntervalMs - performance.now())
      const run = () => {
        pending = false
        lastRun = performance.now()
        flush()
      }
      if (wait === 0) atNextFrame(run)
      else setTimeout(() => atNextFrame(run), wait)
    },
  }
}

/** For tests: frames happen when the test says so. */
export function manualFrames(): FrameScheduler & { frame(): void; readonly pending: boolean } {
  let queued: (() => void) | undefined
  return {
    request(flush) {
      queued ??= flush
    },
    frame() {
      const run = queued
      queued = undefined
      run?.()
    },
    get pending() {
      return queued !== undefined
    },
  }
}
