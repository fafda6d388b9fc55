/** A rectangle on screen, in container px. */
export interface Box {
  readonly x0: number
  readonly y0: number
  readonly x1: number
  readonly y1: number
}

export interface LabelCandidate {
  readonly id: string
  readonly text: string
  /** The anchor (the polygon's label point), container px. */
  readonly x: number
  readonly y: number
  readonly width: number
  readonly height: number
}

export interface PlacedLabel {
  readonly id: string
  readonly text: string
  /** Centre of the label. */
  readonly x: number
  readonly y: number
}

/**
 * Where a label may sit around its anchor, in label widths and heights, by preference: `centre` names an
 * area (a kecamatan in the regency); `below` leaves the anchor itself visible (a desa's complaints gather
 * around its label point). Further away would point at the neighbour.
 */
const OFFSETS: Readonly<Record<LabelPreference, ReadonlyArray<readonly [number, number]>>> = {
  centre: [
    [0, 0],
    [0, -1.05],
    [0, 1.05],
    [-0.25, 0],
    [0.25, 0],
    [0, -1.6],
    [0, 1.6],
  ],
  below: [
    [0, 0.85],
    [0, -0.85],
    [-0.3, 0.85],
    [0.3, 0.85],
    [0, 1.5],
    [0, -1.5],
    [0, 0],
  ],
  /** Symbols: on the anchor, else the nearest free place around it. */
  around: [
    [0, 0],
    [1.1, 0],
    [-1.1, 0],
    [0, -1.1],
    [0, 1.1],
    [1.1, -1.1],
    [-1.1, -1.1],
    [1.1, 1.1],
    [-1.1, 1.1],
    [2.2, 0],
    [-2.2, 0],
  ],
}

export type LabelPreference = 'centre' | 'below' | 'around'

/**
 * Greedy placement: candidates in priority order, each at the first offset where it overlaps nothing
 * placed before, no obstacle (the legend) and stays inside the view. A label with no room is left out:
 * 1rem text cannot shrink to fit, so a crowded map shows fewer labels rather than smaller ones. With
 * `keepAll` (symbols: an issue is never hidden) one with no room stays on its anchor, overlapping.
 * Deterministic: the same view gives the same places, so nothing flickers.
 */
export function placeLabels(
  candidates: readonly LabelCandidate[],
  o: {
    width: number
    height: number
    obstacles: readonly Box[]
    gap: number
    prefer?: LabelPreference
    keepAll?: boolean
  },
): PlacedLabel[] {
  const taken: Box[] = [...o.obstacles]
  const placed: PlacedLabel[] = []
  const boxAt = (c: LabelCandidate, x: number, y: number): Box => ({
    x0: x - c.width / 2 - o.gap,
    y0: y - c.height / 2 - o.gap,
    x1: x + c.width / 2 + o.gap,
    y1: y + c.height / 2 + o.gap,
  })
  for (const c of candidates) {
    const free = OFFSETS[o.prefer ?? 'centre']
      .map(([dx, dy]) => ({ x: c.x + dx * c.width, y: c.y + dy * c.height }))
      .find(({ x, y }) => {
        const box = boxAt(c, x, y)
        const inside = box.x0 >= 0 && box.y0 >= 0 && box.x1 <= o.width && box.y1 <= o.height
        return inside && !taken.some((t) => overlaps(t, box))
      })
    const at = free ?? (o.keepAll ? { x: c.x, y: c.y } : null)
    if (!at) continue
    taken.push(boxAt(c, at.x, at.y))
    placed.push({ id: c.id, text: c.text, ...at })
  }
  return placed
}

export const overlaps = (a: Box, b: Box): boolean => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1
