import { useEffect, useRef } from 'react'

/** How long a changed number stays marked: the wall's only motion is this brief flash (wall.css `arrive`). */
export const FLASH_MS = 2_500
/**
 * A value that changes again within this long after its flash does not flash again: "open" changes with
 * every complaint, and a busy hour must not turn the brief flash into constant animation.
 */
export const QUIET_MS = 15_000

/**
 * Tells which shown values just changed. `flash(id, value)` answers the instant the value under `id` last
 * changed while on screen (or null if not within the last FLASH_MS): use it in the element's key, so a change
 * mounts a fresh element whose one-shot animation then plays to its end however often the panel redraws.
 * What is there at the first draw is not news and does not flash; nor does a change within QUIET_MS of the
 * last flash of the same id.
 *
 * @example
 * const flash = useFlash()
 * const at = flash('DINSOS:2026-11-23', cell.n)
 * <div key={`c${at ?? 0}`} className={at === null ? '' : styles.flash}>{cell.n}</div>
 */
export function useFlash(): (id: string, value: string | number) => number | null {
  const seen = useRef(new Map<string, { value: string | number; at: number | null; last: number }>())
  const settled = useRef(false)
  useEffect(() => {
    settled.current = true
  })
  return (id, value) => {
    const now = Date.now()
    const held = seen.current.get(id)
    if (!held || held.value !== value) {
      const flashes = held !== undefined && settled.current && now - held.last >= QUIET_MS
      const at = flashes ? now : held && held.at !== null && now - held.at < FLASH_MS ? held.at : null
      seen.current.set(id, { value, at, last: flashes ? now : (held?.last ?? -Infinity) })
      return at
    }
    return held.at !== null && now - held.at < FLASH_MS ? held.at : null
  }
}
