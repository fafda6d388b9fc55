/**
 * When the store may apply what arrived: at most once per animation frame. A hidden tab gets no frames,
 * so a timer stands in after a while — a wall in a background tab must not hoard events without bound.
 */
export interface FrameScheduler {
  /** Asks for `flush` to run once, at the next frame; repeated requests before it runs are merged. */
  request(flush: () => void): void
}

/** How long to wait for a frame before flushing anyway (a hidden or throttled tab). */
const HIDDEN_TAB_FLUSH_MS = 1_000

export function animationFrames(): FrameScheduler {
  let pending = false
  return {
    request(flush) {
      if (pending) return
      pending = true
      const run = () => {
        if (!pending) return
        pending = false
        clearTimeout(timer)
        flush()
      }
      const timer = setTimeout(run, HIDDEN_TAB_FLUSH_MS)
      requestAnimationFrame(run)
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
