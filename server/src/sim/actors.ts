import { type Actor, type Channel, CHANNELS, type OpdCode } from '@pendopo/shared'

import type { Reference } from '../reference/Reference.js'

/**
 * Who the simulator acts as. Every submission carries an actor of kind `simulator`, so the log (the audit
 * trail) always tells simulated work from real work, while roles are the real ones: a channel integration
 * may only ingest and relay replies and ratings, Kominfo's supervisor verifies and disposes, each OPD's
 * operator follows up only what was disposed to it.
 */

/** Actors by role, built once and shared (the log stores them by value). */
export class SimActors {
  readonly kominfo: Actor = {
    kind: 'simulator',
    id: 'sim:kominfo',
    role: 'supervisor',
    name: 'Admin Kominfo (simulasi)',
  }
  readonly #channels = new Map<Channel, Actor>()
  readonly #operators = new Map<string, Actor>()
  readonly #agencies = new Map<string, Actor>()

  constructor(private readonly reference: Pick<Reference, 'opd'>) {}

  /** The integration that delivers a channel's messages (and relays its replies and ratings). */
  channel(channel: Channel): Actor {
    let actor = this.#channels.get(channel)
    if (!actor) {
      actor = {
        kind: 'simulator',
        id: `sim:${channel}`,
        role: 'integration',
        name: `${CHANNELS[channel].name} (simulasi)`,
      }
      this.#channels.set(channel, actor)
    }
    return actor
  }

  /** An OPD's admin penghubung. */
  operator(opd: OpdCode): Actor {
    let actor = this.#operators.get(opd)
    if (!actor) {
      const name = this.reference.opd(opd)?.shortName ?? opd
      actor = {
        kind: 'simulator',
        id: `sim:op:${opd}`,
        role: 'operator',
        opd,
        name: `Admin penghubung ${name} (simulasi)`,
      }
      this.#operators.set(opd, actor)
    }
    return actor
  }

  /** An agency's system reporting village issues (BPBD, Dinkes, the Sambang Desa team). */
  agency(system: string, name: string): Actor {
    let actor = this.#agencies.get(system)
    if (!actor) {
      actor = { kind: 'simulator', id: `sim:${system}`, role: 'integration', name: `${name} (simulasi)` }
      this.#agencies.set(system, actor)
    }
    return actor
  }
}
