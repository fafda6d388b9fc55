import type { Scene } from '@pendopo/shared'
import { useEffect, useState } from 'react'

import { useNow } from '../../components/useNow.js'
import { useWall } from '../../store/WallProvider.js'

import { advance, type Rotation } from './playlist.js'
import { findSpike, type Spike } from './spike.js'

/** The scene rotation and the urgent check are re-evaluated this often: scenes last tens of seconds. */
const TICK_MS = 1_000

export type ShownScene =
  { readonly kind: 'playlist'; readonly scene: Scene } | { readonly kind: 'urgent'; readonly spike: Spike }

/**
 * What the wall shows now: the playlist's scene, unless reports spike in one kecamatan, in which case the
 * urgent scene interrupts the rotation — for at least the rule's minimum, and until the spike has passed.
 */
export function useScene(): ShownScene | null {
  const config = useWall((s) => s.wallConfig)
  const dashboard = useWall((s) => s.dashboard)
  const now = useNow(TICK_MS)
  const [rotation, setRotation] = useState<Rotation | null>(null)
  const [urgent, setUrgent] = useState<{ spike: Spike; since: number } | null>(null)
  const offset = dashboard?.utcOffsetMs ?? 7 * 3_600_000

  useEffect(() => {
    if (config) setRotation((current) => advance(config, current, { now: now, utcOffsetMs: offset }))
  }, [config, now, offset])

  useEffect(() => {
    if (!config || !dashboard) return
    const spike = findSpike(dashboard, config.urgent, now)
    setUrgent((current) => {
      if (spike)
        return current?.spike.kecamatanCode === spike.kecamatanCode
          ? { spike, since: current.since }
          : { spike, since: now }
      // Calm again: stay for the minimum, then give the wall back to the playlist.
      return current && now - current.since < config.urgent.minDurationSec * 1000 ? current : null
    })
  }, [config, dashboard, now])

  if (urgent) return { kind: 'urgent', spike: urgent.spike }
  const scene = config?.scenes.find((s) => s.id === rotation?.sceneId)
  return scene ? { kind: 'playlist', scene } : null
}
