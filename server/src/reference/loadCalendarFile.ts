import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

import { type CalendarData, CalendarDataSchema, issuesOf } from '@pendopo/shared'

/**
 * The shipped holiday calendar (shared/data/calendar): only the first version. Once published it lives in
 * the event log, and decrees amend it there.
 */
export function loadCalendarFile(): CalendarData {
  const path = fileURLToPath(import.meta.resolve('@pendopo/shared/data/calendar/id-holidays.json'))
  const parsed = CalendarDataSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')))
  if (!parsed.success) {
    throw new Error(
      `${path} is not a valid calendar: ${issuesOf(parsed.error)
        .map((i) => `${i.path}: ${i.message}`)
        .join('; ')}`,
    )
  }
  return parsed.data
}
