import type { Scene, WallConfig } from '@pendopo/shared'

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

/** Local (WIB) weekday and minutes since midnight of an instant. */
function localClock(
  now: number,
  utcOffsetMs: number,
): { weekday: (typeof WEEKDAYS)[number]; minutes: number } {
  const local = new Date(now + utcOffsetMs)
  return {
    weekday: WEEKDAYS[local.getUTCDay()] ?? 'Mon',
    minutes: local.getUTCHours() * 60 + local.getUTCMinutes(),
  }
}

const minutesOf = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5))

/**
 * Whether a scene may be shown now. A schedule whose `to` is before its `from` runs over midnight
 * (22:00–06:00).
 */
export function isScheduled(scene: Scene, now: number, utcOffsetMs: number): boolean {
  if (!scene.schedule) return true
  const { weekday, minutes } = localClock(now, utcOffsetMs)
  if (scene.schedule.days && !scene.schedule.days.includes(weekday)) return false
  const from = minutesOf(scene.schedule.from)
  const to = minutesOf(scene.schedule.to)
  return from <= to ? minutes >= from && minutes < to : minutes >= from || minutes < to
}

/** Where the rotation is: which scene, since when. */
export interface Rotation {
  readonly sceneId: string
  readonly since: number
}

/**
 * The next step of the rotation at `now`: the current scene while its duration lasts, then the next
 * scheduled one in playlist order (skipping scenes out of their hours). With nothing scheduled it falls
 * back to the first scene, so the wall is never blank.
 */
export function advance(
  config: WallConfig,
  current: Rotation | null,
  { now, utcOffsetMs }: { now: number; utcOffsetMs: number },
): Rotation {
  const { scenes } = config
  const index = current ? scenes.findIndex((s) => s.id === current.sceneId) : -1
  const showing = index >= 0 ? scenes[index] : undefined
  if (
    current &&
    showing &&
    now - current.since < showing.durationSec * 1000 &&
    isScheduled(showing, now, utcOffsetMs)
  ) {
    return current
  }
  for (let step = 1; step <= scenes.length; step++) {
    const candidate = scenes[(index + step + scenes.length) % scenes.length]
    if (candidate && isScheduled(candidate, now, utcOffsetMs)) return { sceneId: candidate.id, since: now }
  }
  const fallback = scenes[0]
  return { sceneId: fallback?.id ?? 'overview', since: now }
}
