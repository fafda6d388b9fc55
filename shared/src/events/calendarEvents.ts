import { z } from 'zod'

import { CalendarAmendmentSchema, CalendarDataSchema } from '../sla/calendar.js'

import { eventSchema } from './envelope.js'

/**
 * The working-day calendar lives in the log: the first start publishes the shipped holiday file as
 * version 1, and each decree that changes it is an amendment with the calendar that results.
 */
export const CalendarPublishedSchema = eventSchema(
  'calendar.published',
  z.strictObject({ version: z.number().int().min(1), calendar: CalendarDataSchema }),
)
export const CalendarAmendedSchema = eventSchema(
  'calendar.amended',
  z.strictObject({
    version: z.number().int().min(2),
    amendment: CalendarAmendmentSchema,
    calendar: CalendarDataSchema,
    /** How many live clocks moved (each has its own `sla.rescheduled` event). */
    rescheduled: z.number().int().nonnegative(),
  }),
)
