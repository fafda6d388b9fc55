import type { MapPoint } from '@pendopo/shared'
import type { Map as LeafletMap } from 'leaflet'

import { rootRem } from '../../theme/rem.js'

import { Binner, type View } from './binPoints.js'
import { drawBins, type PointSizes, pointSizes } from './drawPoints.js'
import { PointColumns } from './pointColumns.js'

/** Which points and arrivals a scene shows; null shows everything. */
export interface PointFilter {
  readonly point: (p: MapPoint) => boolean
  readonly at: (lon: number, lat: number) => boolean
}

export interface Frames {
  request(run: () => void): number
  cancel(id: number): void
}

export interface Timers {
  set(run: () => void, ms: number): unknown
  clear(id: unknown): void
}

export interface PointsCanvasDeps {
  readonly map: LeafletMap
  /** Draws the points; carries `data-count`, the number of points on screen, and `data-latest`. */
  readonly canvas: HTMLCanvasElement
  readonly frames?: Frames
  readonly timers?: Timers
  readonly now?: () => number
  /** The root font size in px (1rem), which every size on the wall follows. */
  readonly rem?: () => number
}

/** Any of these may move the map under the canvas; the wall's map never animates, so the end is enough. */
export const VIEW_EVENTS = 'zoomend moveend resize viewreset'

/**
 * New points are drawn at most this often (a view change is drawn at once). A new complaint shows at once
 * anyway, as its flash; the points under it follow within half a second. At 20 or 200 complaints a second
 * this caps the redraws of 20,000 points at 2 a second instead of 60: a redraw costs about 4 ms at 1080p
 * and 8 ms at 4K in Chromium's software raster, and even if each cost a frame, 2 in 60 stay under the 5 %
 * a p95 frame time can absorb.
 */
export const POINTS_REDRAW_MIN_MS = 500

const browserFrames: Frames = {
  request: (run) => requestAnimationFrame(run),
  cancel: (id) => cancelAnimationFrame(id),
}
const browserTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (id) => clearTimeout(id as ReturnType<typeof setTimeout>),
}

/**
 * The complaints on the map: one canvas over the Leaflet map, kept in step with its view. Not React
 * elements and not a Leaflet layer per point: 20,000 points are columns of numbers, drawn in one pass.
 *
 * Work is pulled by frames, never pushed by events: whatever arrives (points, view changes) only marks the
 * drawing stale and asks for one animation frame, which redraws it. Nothing runs while nothing changes.
 */
export class PointsCanvas {
  private points: ReadonlyMap<number, MapPoint> = new Map()
  private filter: PointFilter | null = null
  private columnsStale = true
  private stale = true
  /** The view changed since the points were drawn: redraw at the next frame, whatever the interval. */
  private viewStale = true
  private lastDrawAt = -Infinity
  private frame: number | null = null
  private waiting: unknown = null
  private sizes: PointSizes
  private readonly columns = new PointColumns()
  private readonly bins = new Binner()
  private readonly frames: Frames
  private readonly timers: Timers
  private readonly now: () => number
  private readonly rem: () => number

  constructor(private readonly deps: PointsCanvasDeps) {
    this.frames = deps.frames ?? browserFrames
    this.timers = deps.timers ?? browserTimers
    this.now = deps.now ?? Date.now
    this.rem = deps.rem ?? rootRem
    this.sizes = pointSizes(this.rem())
    deps.map.on(VIEW_EVENTS, this.onView)
    this.schedule()
  }

  setPoints(points: ReadonlyMap<number, MapPoint>, filter: PointFilter | null): void {
    if (points === this.points && filter === this.filter) return
    this.points = points
    this.filter = filter
    this.columnsStale = true
    this.stale = true
    this.schedule()
  }

  /** Points on screen after the last draw. */
  get drawn(): number {
    return this.bins.drawn
  }

  destroy(): void {
    this.deps.map.off(VIEW_EVENTS, this.onView)
    if (this.frame !== null) this.frames.cancel(this.frame)
    if (this.waiting !== null) this.timers.clear(this.waiting)
    this.frame = null
    this.waiting = null
  }

  private readonly onView = () => {
    this.sizes = pointSizes(this.rem())
    this.stale = true
    this.viewStale = true
    this.schedule()
  }

  private schedule(): void {
    if (this.frame === null && this.waiting === null) this.frame = this.frames.request(this.draw)
  }

  private readonly draw = () => {
    this.frame = null
    if (!this.stale) return
    const view = viewOf(this.deps.map)
    if (!view) return // no view yet: the map's first fit fires a view event
    const wait = this.lastDrawAt + POINTS_REDRAW_MIN_MS - this.now()
    // A new view, and the first points on an empty map, are drawn at once.
    if (this.viewStale || wait <= 0 || this.bins.drawn === 0) return this.redraw(view)
    this.waiting = this.timers.set(() => {
      this.waiting = null
      this.schedule()
    }, wait)
  }

  private redraw(view: View): void {
    this.stale = false
    this.viewStale = false
    this.lastDrawAt = this.now()
    if (this.columnsStale) this.columns.fill(this.points, this.filter?.point ?? null)
    this.columnsStale = false
    this.bins.bin(this.columns, view, this.sizes.cell)
    this.deps.canvas.dataset['count'] = String(this.bins.drawn)
    // The newest complaint now on the map (the points are oldest first): what a test waits for.
    this.deps.canvas.dataset['latest'] = String(lastKey(this.points) ?? '')
    const ctx = prepare(this.deps.canvas, view)
    if (ctx) drawBins(ctx, this.bins, this.sizes)
  }
}

function lastKey(points: ReadonlyMap<number, MapPoint>): number | undefined {
  let last: number | undefined
  for (const key of points.keys()) last = key
  return last
}

/** The map's view as a transform of the unit Mercator square, or null before the map has one. */
export function viewOf(map: LeafletMap): View | null {
  const zoom = map.getZoom() as number | undefined
  if (zoom === undefined || !Number.isFinite(zoom)) return null
  const size = map.getSize()
  const scale = 256 * 2 ** zoom
  const origin = map.latLngToContainerPoint([0, 0]) // the unit square's centre
  return { scale, ox: origin.x - scale / 2, oy: origin.y - scale / 2, width: size.x, height: size.y }
}

/** Sizes the canvas to the view at the screen's pixel density and clears it; null where canvas is absent. */
function prepare(canvas: HTMLCanvasElement, view: View): CanvasRenderingContext2D | null {
  const ratio = window.devicePixelRatio || 1
  const width = Math.round(view.width * ratio)
  const height = Math.round(view.height * ratio)
  if (canvas.width !== width) canvas.width = width
  if (canvas.height !== height) canvas.height = height
  const ctx = canvas.getContext('2d')
  if (!ctx) return null
  ctx.setTransform(ratio, 0, 0, ratio, 0, 0)
  ctx.clearRect(0, 0, view.width, view.height)
  return ctx
}
