import '../../../theme/wall.css'
import '../../../i18n/i18n.js'
import 'leaflet/dist/leaflet.css'

import { dashboardFromSnapshot } from '@pendopo/shared'
import { Map as LeafletMap } from 'leaflet'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'

import { animationFrames } from '../../../store/frames.js'
import { WallProvider } from '../../../store/WallProvider.js'
import { createWallStore } from '../../../store/wallStore.js'
import { rootRem } from '../../../theme/rem.js'
import { Binner } from '../binPoints.js'
import { pointSizes } from '../drawPoints.js'
import { MAP_TILE_URL, REGENCY_BOUNDS, WALL_MAP_OPTIONS } from '../mapConfig.js'
import { MapPanel } from '../MapPanel.js'
import { PointColumns } from '../pointColumns.js'
import { PointsCanvas, viewOf } from '../PointsCanvas.js'
import type { Emphasis } from '../selectMap.js'

import {
  seededRandom,
  syntheticComplaint,
  syntheticReceived,
  syntheticReference,
  syntheticSnapshot,
} from './syntheticWall.js'

/**
 * A page for measuring the map, not part of the app (built only by the stress script):
 *
 * - `?mode=draw&n=20000`: draws 20,000 points with `PointsCanvas` on a map the size of the overview's map
 *   panel and reports the time of a full redraw (points refilled) and of a view-only redraw.
 * - `?mode=page&n=20000&rate=20&seconds=10[&paused]`: the real `MapPanel` in a store fed `rate` new
 *   complaints a second; reports frame times and React commits.
 *
 * Results land in `window.__mapStress`.
 */
const params = new URLSearchParams(location.search)
const n = Number(params.get('n') ?? 20_000)
const root = document.getElementById('root')
declare global {
  interface Window {
    __mapStress?: unknown
  }
}
if (MAP_TILE_URL) throw new Error('the stress page measures the map without tiles')

/** The map panel's place in each scene's grid (SceneView.module.css), roughly: share of the width, height. */
const SCENE_BOX: Readonly<Record<Emphasis, { width: string; height: string }>> = {
  regency: { width: 'calc((100vw - 1.5rem) * 1.15 / 2.15)', height: 'calc(100vh - 9.5rem)' },
  area: { width: 'calc((100vw - 1.5rem) * 1.3 / 2.3)', height: 'calc(100vh - 12rem)' },
  urgent: { width: 'calc((100vw - 1.5rem) * 1.6 / 2.6)', height: 'calc(100vh - 10rem)' },
}

function stageBox(): HTMLDivElement {
  const box = document.createElement('div')
  const emphasis = (params.get('emphasis') ?? 'regency') as Emphasis
  Object.assign(box.style, { position: 'absolute', left: '0.5rem', top: '3rem', ...SCENE_BOX[emphasis] })
  document.body.append(box)
  return box
}

async function measureDraw(): Promise<void> {
  const box = stageBox()
  const map = new LeafletMap(box, WALL_MAP_OPTIONS).fitBounds(REGENCY_BOUNDS, { animate: false })
  const canvas = () =>
    Object.assign(document.createElement('canvas'), {
      style: 'position:absolute;inset:0;width:100%;height:100%;z-index:500',
    })
  const base = canvas()
  box.append(base)
  // `cpu`: a canvas rasterised on the CPU (Chromium keeps one that is read back there).
  if (params.has('cpu')) base.getContext('2d', { willReadFrequently: true })
  let queued: (() => void) | null = null
  let clock = 0 // a second passes between draws: no redraw waits for POINTS_REDRAW_MIN_MS
  const drawer = new PointsCanvas({
    map,
    canvas: base,
    frames: { request: (run) => ((queued = run), 1), cancel: () => (queued = null) },
    now: () => clock,
  })
  const points = dashboardFromSnapshot(syntheticSnapshot({ points: n, issues: 0, seed: 7 })).points
  const run = (prepare: () => void) => {
    clock += 1_000
    prepare()
    const t0 = performance.now()
    queued?.()
    if (!params.has('noreadback')) base.getContext('2d')?.getImageData(0, 0, 1, 1) // waits for the raster too
    return performance.now() - t0
  }
  const full: number[] = []
  const view: number[] = []
  for (let i = 0; i < 40; i++) {
    full.push(run(() => drawer.setPoints(new Map(points), null)))
    view.push(run(() => map.fire('moveend')))
    await new Promise((r) => requestAnimationFrame(r))
  }
  // The JavaScript part alone: refilling the columns from the store's Map, and binning them.
  const columns = new PointColumns()
  const bins = new Binner()
  const viewNow = viewOf(map)
  const fill: number[] = []
  const bin: number[] = []
  for (let i = 0; i < 40 && viewNow; i++) {
    let t0 = performance.now()
    columns.fill(points, null)
    fill.push(performance.now() - t0)
    t0 = performance.now()
    bins.bin(columns, viewNow, pointSizes(rootRem()).cell)
    bin.push(performance.now() - t0)
  }
  window.__mapStress = {
    mode: 'draw',
    n,
    drawn: drawer.drawn,
    clusters: bins.nClusters,
    singles: bins.nSingles,
    size: map.getSize(),
    full: stats(full),
    viewOnly: stats(view),
    fillColumns: stats(fill),
    binning: stats(bin),
  }
}

function measurePage(): void {
  // `noflash`: the same page without the flashes, to tell their cost from the rest.
  if (params.has('noflash'))
    document.head.append(
      Object.assign(document.createElement('style'), { textContent: '[class*="flash"] { display: none }' }),
    )
  const emphasis = (params.get('emphasis') ?? 'regency') as Emphasis
  const focus = params.get('focus')?.split(',')
  const rate = params.has('paused') ? 0 : Number(params.get('rate') ?? 20)
  const seconds = Number(params.get('seconds') ?? 10)
  const wall = createWallStore({ frames: animationFrames(), now: () => Date.now() })
  wall.setReference(syntheticReference())
  wall.receiveSnapshot(syntheticSnapshot({ points: n, issues: Number(params.get('issues') ?? 12), seed: 7 }))
  // React's Profiler reports nothing in a production build; the store's notifications bound the commits
  // (each one re-renders at most the layers that read what changed, in one commit).
  let commits = 0
  wall.store.subscribe(() => commits++)
  const box = stageBox()
  createRoot(box).render(
    <StrictMode>
      <WallProvider wall={wall}>
        <div style={{ position: 'absolute', inset: 0, display: 'grid' }}>
          <MapPanel
            filter={focus ? { kecamatan: focus } : {}}
            {...(focus ? { focus } : {})}
            emphasis={emphasis}
          />
        </div>
      </WallProvider>
    </StrictMode>,
  )
  const random = seededRandom(11)
  let seq = 1
  let tracking = 2_000_000
  const start = () => {
    const frames: number[] = []
    let last = performance.now()
    const commitsAtStart = commits
    const timer =
      rate > 0
        ? setInterval(
            () => wall.receiveEvents([syntheticReceived(syntheticComplaint(random, tracking++), ++seq)]),
            1000 / rate,
          )
        : undefined
    const tick = (t: number) => {
      frames.push(t - last)
      last = t
      if (frames.length < seconds * 60) requestAnimationFrame(tick)
      else {
        clearInterval(timer)
        const points = document.querySelector('[data-testid="panel.map.points"]')?.getAttribute('data-count')
        window.__mapStress = {
          mode: 'page',
          n,
          rate,
          frames: frames.length,
          frame: stats(frames.slice(5)),
          storeChanges: commits - commitsAtStart,
          dataCount: points,
        }
      }
    }
    requestAnimationFrame(tick)
  }
  setTimeout(start, 3_000) // after the boundary files and the first draws
}

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b)
  const at = (q: number) => Math.round((s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0) * 100) / 100
  return {
    p50: at(0.5),
    p95: at(0.95),
    max: at(1),
    mean: Math.round((s.reduce((a, b) => a + b, 0) / s.length) * 100) / 100,
  }
}

if (root) {
  if (params.get('mode') === 'draw') void measureDraw()
  else measurePage()
}
