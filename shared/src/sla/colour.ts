import { z } from 'zod'

import type { State } from '../lifecycle.js'

import { type Clocks, isLive } from './clocks.js'

/**
 * The Friday review's colours (domain.md §0.8: merah = belum ada tindak lanjut, kuning = dalam proses,
 * biru = selesai), with green split off from yellow so the wall can tell "on time" from "due soon":
 *
 * - `red`: a deadline has passed and the step it asks for is not done (terlambat)
 * - `yellow`: a deadline is near (past the policy's warning share) (mendekati batas)
 * - `green`: in process, on time (dalam proses)
 * - `blue`: the OPD has followed up, or the complaint is closed (ditindaklanjuti / selesai)
 * - `grey`: archived (diarsipkan), outside the review
 */
export const COLOURS = ['red', 'yellow', 'green', 'blue', 'grey'] as const
export const ColourSchema = z.enum(COLOURS)
export type Colour = z.infer<typeof ColourSchema>

/** A complaint's colour, from its state and clocks alone: colours change only through events. */
export function colourOf(state: State, clocks: Clocks): Colour {
  if (state === 'ARCHIVED') return 'grey'
  if (state === 'CLOSED' || state === 'FOLLOWED_UP') return 'blue'
  const live = [clocks.verify, clocks.followUp, clocks.legalCap].filter(isLive)
  if (live.some((c) => c.status === 'breached')) return 'red'
  if (live.some((c) => c.status === 'warned')) return 'yellow'
  return 'green'
}
