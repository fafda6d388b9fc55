import { COLOURS } from '@pendopo/shared'

import type { PointColumns } from './pointColumns.js'

/** A grid cell with more points than this draws them as one cluster; with this many or fewer, as dots. */
export const SINGLES_MAX = 3
const NC = COLOURS.length

/** Where the unit square lands on screen: `px = x * scale + ox`, and the screen's size. */
export interface View {
  readonly scale: number
  readonly ox: number
  readonly oy: number
  readonly width: number
  readonly height: number
}

/**
 * Screen-space grid clustering, done at draw time: one pass over the points projects each into a cell of
 * `cell` px and counts it by colour; a second pass over the cells makes the clusters. O(points + cells),
 * about a millisecond for 20,000 points, so it can run on every redraw and never lags what it shows (an
 * index such as supercluster costs tens of milliseconds to rebuild, and the points change many times a
 * second). Clusters sit at their points' centroid, so they follow the towns rather than the grid.
 *
 * Buffers are reused and grow only to the largest size seen: nothing is allocated per frame.
 */
export class Binner {
  /** Projected position of each point (valid where `cellOf[i] >= 0`). */
  px = new Float32Array(0)
  py = new Float32Array(0)
  /** Cell of each point, -1 when it is off screen. */
  cellOf = new Int32Array(0)
  /** Points drawn as single dots: indices into the columns. */
  singles = new Int32Array(0)
  nSingles = 0
  /** Clusters: centre, total, and counts by `COLOURS` index (`counts[c * 5 + colour]`). */
  cx = new Float32Array(0)
  cy = new Float32Array(0)
  total = new Uint32Array(0)
  counts = new Uint32Array(0)
  nClusters = 0
  /** Points on screen, in dots and clusters. */
  drawn = 0
  /** The colour column of the points last binned (`COLOURS` indices), for drawing the dots. */
  colour: Uint8Array = new Uint8Array(0)

  private cellCounts = new Uint32Array(0)
  private cellTotal = new Uint32Array(0)
  private sumX = new Float64Array(0)
  private sumY = new Float64Array(0)

  bin(columns: PointColumns, view: View, cell: number): this {
    const cols = Math.max(1, Math.ceil(view.width / cell))
    const cells = cols * Math.max(1, Math.ceil(view.height / cell))
    this.reserve(columns.n, cells)
    const { px, py, cellOf, cellCounts, cellTotal, sumX, sumY } = this
    cellCounts.fill(0, 0, cells * NC)
    cellTotal.fill(0, 0, cells)
    sumX.fill(0, 0, cells)
    sumY.fill(0, 0, cells)

    let drawn = 0
    for (let i = 0; i < columns.n; i++) {
      const x = (columns.x[i] as number) * view.scale + view.ox
      const y = (columns.y[i] as number) * view.scale + view.oy
      if (!(x >= 0 && y >= 0 && x < view.width && y < view.height)) {
        cellOf[i] = -1
        continue
      }
      const k = Math.floor(y / cell) * cols + Math.floor(x / cell)
      px[i] = x
      py[i] = y
      cellOf[i] = k
      const c = k * NC + (columns.colour[i] as number)
      cellCounts[c] = (cellCounts[c] as number) + 1
      cellTotal[k] = (cellTotal[k] as number) + 1
      sumX[k] = (sumX[k] as number) + x
      sumY[k] = (sumY[k] as number) + y
      drawn++
    }
    this.drawn = drawn
    this.colour = columns.colour
    this.collectClusters(cells)
    this.collectSingles(columns.n)
    return this
  }

  private collectClusters(cells: number): void {
    let n = 0
    for (let k = 0; k < cells; k++) {
      const total = this.cellTotal[k] as number
      if (total <= SINGLES_MAX) continue
      this.cx[n] = (this.sumX[k] as number) / total
      this.cy[n] = (this.sumY[k] as number) / total
      this.total[n] = total
      this.counts.set(this.cellCounts.subarray(k * NC, k * NC + NC), n * NC)
      n++
    }
    this.nClusters = n
  }

  private collectSingles(points: number): void {
    let n = 0
    for (let i = 0; i < points; i++) {
      const k = this.cellOf[i] as number
      if (k >= 0 && (this.cellTotal[k] as number) <= SINGLES_MAX) this.singles[n++] = i
    }
    this.nSingles = n
  }

  private reserve(points: number, cells: number): void {
    if (this.px.length < points) {
      const size = Math.max(points, this.px.length * 2, 1_024)
      this.px = new Float32Array(size)
      this.py = new Float32Array(size)
      this.cellOf = new Int32Array(size)
      this.singles = new Int32Array(size)
    }
    if (this.cellTotal.length < cells) {
      const size = Math.max(cells, this.cellTotal.length * 2, 256)
      this.cellCounts = new Uint32Array(size * NC)
      this.cellTotal = new Uint32Array(size)
      this.sumX = new Float64Array(size)
      this.sumY = new Float64Array(size)
      this.cx = new Float32Array(size)
      this.cy = new Float32Array(size)
      this.total = new Uint32Array(size)
      this.counts = new Uint32Array(size * NC)
    }
  }
}
