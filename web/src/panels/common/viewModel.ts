import { useMemo } from 'react'

import { useWall } from '../../store/WallProvider.js'
import type { WallState } from '../../store/wallStore.js'

/**
 * Deep equality of plain data (numbers, strings, booleans, null, arrays and plain objects): what a view model
 * is made of. `NaN` equals `NaN`, so an undefined share does not look like a change.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) !== Array.isArray(b)) return false
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameData(x, b[i]))
  }
  const ka = Object.keys(a)
  const kb = Object.keys(b)
  if (ka.length !== kb.length) return false
  const ra = a as Record<string, unknown>
  const rb = b as Record<string, unknown>
  return ka.every((k) => Object.hasOwn(rb, k) && sameData(ra[k], rb[k]))
}

/**
 * A selector that recomputes only when one of its inputs changes identity (the store changes for every
 * ticker line and connection blip; the counters change at most once a frame), and that hands back the
 * previous view model when the new one holds the same data — so the panel does not re-render for a batch
 * that changed nothing it shows.
 *
 * @example
 * const select = memoView((s) => [s.dashboard?.counters, s.reference] as const, (counters, reference) => …)
 */
export function memoView<const I extends readonly unknown[], T>(
  inputs: (state: WallState) => I,
  compute: (...args: I) => T,
): (state: WallState) => T {
  let held: { args: I; view: T } | null = null
  return (state) => {
    const args = inputs(state)
    if (held && args.length === held.args.length && args.every((x, i) => Object.is(x, held?.args[i]))) {
      return held.view
    }
    const view = compute(...args)
    held = { args, view: held && sameData(held.view, view) ? held.view : view }
    return held.view
  }
}

/**
 * A panel's view model from the store: `memoView` built once per set of parameters (`deps`: what the panel
 * passes to `compute` besides the store, such as today's date, the filter's key, the number of rows).
 */
export function useView<const I extends readonly unknown[], T>(
  inputs: (state: WallState) => I,
  compute: (...args: I) => T,
  deps: readonly unknown[],
): T {
  // The callers' functions close over exactly `deps`; rebuilding on them is the point.
  const select = useMemo(() => memoView(inputs, compute), deps)
  return useWall(select)
}

/** A stable key for a scene filter: scenes build a fresh object on each render. */
export function filterKey(filter: {
  kecamatan?: readonly string[] | undefined
  opds?: readonly string[] | undefined
}): string {
  return `${filter.kecamatan?.join(',') ?? '*'}|${filter.opds?.join(',') ?? '*'}`
}
