import type { Scene } from '@pendopo/shared'
import { useEffect, useRef, useState } from 'react'

import { useNow } from '../../components/useNow.js'
import { useWall, useWallStore } from '../../store/WallProvider.js'

import { advance, type Rotation } from './playlist.js'
import { findSpike, type Spike } from './spike.js'

/** The scene rotation and the urgent check are re-evaluated this often: scenes last tens of seconds. */
const TICK_MS = 1_000
/** WIB, until the first snapshot says otherwise. */
const DEFAULT_UTC_OFFSET_MS = 7 * 3_600_000

export type ShownScene =
  { readonly kind: 'playlist'; readonly scene: Scene } | { readonly kind: 'urgent'; readonly spike: Spike }

/** Whether two answers show the same thing: a new answer is a new scene, and re-renders the whole wall. */
export function sameScene(a: ShownScene | null, b: ShownScene | null): boolean {
  if (a === null || b === null) return a === b
  if (a.kind === 'playlist') return b.kind === 'playlist' && a.scene === b.scene
  return (
    b.kind === 'urgent' &&
    a.spike.kecamatanCode === b.spike.kecamatanCode &&
    a.spike.reports === b.spike.reports &&
    a.spike.usual === b.spike.usual
  )
}

/**
 * What the wall shows now: the playlist's scene, unless reports spike in one kecamatan, in which case the
 * urgent scene interrupts the rotation — for at least the rule's minimum, and until the spike has passed.
 *
 * Decided on the clock's tick and whenever the data changes, but read from the store rather than
 * subscribed to: the screen does not re-render for every update of the data (that re-rendered every panel
 * of the wall a few times a second), only when the scene changes.
 */
export function useScene(): ShownScene | null {
  const store = useWallStore()
  const config = useWall((s) => s.wallConfig)
  const offset = useWall((s) => s.dashboard?.utcOffsetMs ?? DEFAULT_UTC_OFFSET_MS)
  const now = useNow(TICK_MS)
  const rotation = useRef<Rotation | null>(null)
  const urgent = useRef<{ spike: Spike; since: number } | null>(null)
  const [shown, setShown] = useState<ShownScene | null>(null)
  const held = useRef(shown)

  useEffect(() => {
    if (!config) return
    const decide = (at: number) => {
      rotation.current = advance(config, rotation.current, { now: at, utcOffsetMs: offset })
      const dashboard = store.getState().dashboard
      const spike = dashboard ? findSpike(dashboard, config.urgent, at) : null
      const current = urgent.current
      if (spike)
        urgent.current =
          current?.spike.kecamatanCode === spike.kecamatanCode
            ? { spike, since: current.since }
            : { spike, since: at }
      // Calm again: stay for the minimum, then give the wall back to the playlist.
      else if (current && at - current.since >= config.urgent.minDurationSec * 1000) urgent.current = null

      const scene = config.scenes.find((s) => s.id === rotation.current?.sceneId)
      const next: ShownScene | null = urgent.current
        ? { kind: 'urgent', spike: urgent.current.spike }
        : scene
          ? { kind: 'playlist', scene }
          : null
      // Only a change is set: even an unchanged value set costs React a render and a commit.
      if (sameScene(held.current, next)) return
      held.current = next
      setShown(next)
    }
    decide(now)
    return store.subscribe((state, previous) => {
      if (state.dashboard !== previous.dashboard) decide(Date.now())
    })
  }, [config, now, offset, store])

  return shown
}
