import { useNow } from '../../components/useNow.js'
import { useWall } from '../../store/WallProvider.js'
import { localDay, localHour } from '../common/counters.js'

/** "Today" moves at midnight; checking twice a minute is plenty, and re-renders only this hook's caller. */
const TICK_MS = 30_000

/**
 * Today's local date and hour (`2026-11-23`, `2026-11-23T14`) from the wall's own clock and the dashboard's
 * UTC offset — never from the store, which holds no "now". Null until the first snapshot gives the offset.
 * The strings change only at the top of the hour, so a panel keyed on them recomputes once an hour, not
 * on every tick.
 */
export function useToday(): { readonly day: string; readonly hour: string } | null {
  const now = useNow(TICK_MS)
  const offset = useWall((s) => s.dashboard?.utcOffsetMs)
  if (offset === undefined) return null
  return { day: localDay(now, offset), hour: localHour(now, offset) }
}
