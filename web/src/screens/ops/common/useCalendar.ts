import { createWorkingCalendar, type WorkingCalendar } from '@pendopo/shared'
import { useMemo } from 'react'

import { useWall } from '../../../store/WallProvider.js'

/**
 * The working calendar of the live snapshot (and its amendments), built once per version: countdowns count
 * the same working days the server's deadlines were computed with. Null until the first snapshot.
 */
export function useCalendar(): WorkingCalendar | null {
  const calendar = useWall((s) => s.dashboard?.calendar ?? null)
  return useMemo(() => (calendar ? createWorkingCalendar(calendar.data, calendar.version) : null), [calendar])
}
