import { type RefObject, useLayoutEffect, useRef, useState } from 'react'

import { rootRem } from '../../theme/rem.js'

/** The size of an element in CSS pixels, and the root font size: the wall's unit (28 px at 1080p). */
export interface Box {
  readonly width: number
  readonly height: number
  readonly rem: number
}

/**
 * Measures the element the ref is put on, again whenever it resizes (a wall that changes resolution
 * resizes everything, and the rem with it). Null until the first measurement: draw nothing rather than
 * guess, so nothing ever overflows for a frame.
 */
export function useBox<T extends HTMLElement>(): [RefObject<T | null>, Box | null] {
  const ref = useRef<T | null>(null)
  const [box, setBox] = useState<Box | null>(null)
  useLayoutEffect(() => {
    const element = ref.current
    if (!element) return
    const measure = () => {
      const width = Math.floor(element.clientWidth)
      const height = Math.floor(element.clientHeight)
      const rem = rootRem()
      setBox((held) =>
        held?.width === width && held.height === height && held.rem === rem ? held : { width, height, rem },
      )
    }
    measure()
    if (typeof ResizeObserver === 'undefined') return
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [])
  return [ref, box]
}

/**
 * How many rows of `rowRem` fit in `heightPx` after `fixedRem` of headers and legends, at most `wanted`.
 *
 * @example
 * rowsThatFit({ height: 400, rem: 28 }, { rowRem: 1.5, fixedRem: 2, wanted: 16 }) // 8
 */
export function rowsThatFit(
  box: { readonly height: number; readonly rem: number },
  layout: { readonly rowRem: number; readonly fixedRem: number; readonly wanted: number },
): number {
  const free = box.height - layout.fixedRem * box.rem
  return Math.max(0, Math.min(layout.wanted, Math.floor(free / (layout.rowRem * box.rem))))
}
