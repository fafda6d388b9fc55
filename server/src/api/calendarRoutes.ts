import { Router } from 'express'

import type { Clock } from '../clock.js'
import type { Command, Outcome } from '../domain/commands.js'
import type { EventStore } from '../log/EventStore.js'
import { amendCalendar } from '../sla/amendCalendar.js'

import { allow, principalOf, requireJson } from './auth.js'
import { respond } from './respond.js'

/** `/api/v1/calendar`: the working-day calendar in force, and its amendments by decree. */
export function calendarRoutes(deps: {
  store: EventStore
  submit: (command: Command) => Promise<Outcome>
  clock: Clock
}): Router {
  const router = Router()

  router.get('/calendar', async (_req, res) => {
    const calendar = await deps.store.calendar()
    if (!calendar) {
      res.status(503).json({ error: 'no working calendar has been published yet' })
      return
    }
    res.json({ version: calendar.version, calendar: calendar.data })
  })

  router.post('/calendar/amendments', allow('admin'), requireJson, async (req, res) => {
    const outcome = await amendCalendar(deps, principalOf(res).actor, req.body)
    respond(res, outcome, ({ result, seq }) => {
      if (result.kind !== 'calendar') throw new Error(`calendar amendment answered ${result.kind}`)
      return { status: 200, body: { version: result.version, rescheduled: result.rescheduled, seq } }
    })
  })

  return router
}
