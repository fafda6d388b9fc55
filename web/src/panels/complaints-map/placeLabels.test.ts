import { describe, expect, it } from 'vitest'

import { type LabelCandidate, overlaps, placeLabels } from './placeLabels.js'

const label = (id: string, x: number, y: number, width = 40): LabelCandidate => ({
  id,
  text: id,
  x,
  y,
  width,
  height: 10,
})
const view = { width: 200, height: 100, obstacles: [], gap: 0 }

describe('placeLabels()', () => {
  it('puts a label that fits on its anchor', () => {
    expect(placeLabels([label('a', 50, 50)], view)).toEqual([{ id: 'a', text: 'a', x: 50, y: 50 }])
  })

  it('moves a label that collides just above or below, and leaves out one with no room', () => {
    const placed = placeLabels(
      [label('first', 50, 50), label('second', 55, 50), label('third', 52, 50)],
      view,
    )
    expect(placed.map((p) => [p.id, p.y])).toEqual([
      ['first', 50],
      ['second', 39.5],
      ['third', 60.5],
    ])
    expect(
      placeLabels(
        [
          label('a', 50, 50),
          label('b', 50, 50),
          label('c', 50, 50),
          label('d', 50, 50),
          label('e', 50, 50),
          label('f', 50, 50),
        ],
        view,
      ),
    ).toHaveLength(3)
  })

  it('gives the earlier candidates the better places', () => {
    const placed = placeLabels([label('important', 50, 50), label('minor', 50, 50)], view)
    expect(placed[0]).toMatchObject({ id: 'important', y: 50 })
  })

  it('keeps clear of obstacles and inside the view', () => {
    const obstacles = [{ x0: 0, y0: 46, x1: 200, y1: 60 }]
    const placed = placeLabels([label('a', 50, 50), label('edge', 5, 30)], { ...view, obstacles })
    expect(placed).toEqual([{ id: 'a', text: 'a', x: 50, y: 39.5 }])
    expect(overlaps({ x0: 30, y0: 34.5, x1: 70, y1: 44.5 }, obstacles[0]!)).toBe(false)
  })

  it('prefers the place just below the anchor when asked, leaving the anchor visible', () => {
    expect(placeLabels([label('desa', 50, 50)], { ...view, prefer: 'below' })[0]?.y).toBeCloseTo(58.5)
  })
})
