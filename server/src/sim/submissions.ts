import type { Logger } from 'pino'

import { type Outcome, REFUSAL_STATUS } from '../domain/commands.js'

/** What the simulator has sent, and how it went. `unexpected` must stay 0: anything else is a bug here. */
export interface SimStats {
  complaints: number
  actions: number
  issueReports: number
  issueActions: number
  accepted: number
  /** 409s: a complaint or issue moved on before its planned step (someone else acted); the plan is dropped. */
  conflicts: number
  /** Refusals other than 409: the simulator sent something invalid. Logged at warn with what was sent. */
  unexpected: number
  /** The store itself failed. */
  failed: number
}

/** Counts and sorts the services' answers to the simulator. */
export class Submissions {
  readonly stats: SimStats = {
    complaints: 0,
    actions: 0,
    issueReports: 0,
    issueActions: 0,
    accepted: 0,
    conflicts: 0,
    unexpected: 0,
    failed: 0,
  }

  constructor(private readonly log: Logger) {}

  /**
   * Calls a service and sorts its answer. A 409 means the complaint or issue moved on without us (an
   * operator acted, the scheduler closed it): expected. Any other refusal means the simulator sent
   * something invalid: a bug, logged with what was sent. Resolves to undefined when the store failed.
   */
  send(
    kind: 'complaints' | 'actions' | 'issueReports' | 'issueActions',
    body: unknown,
    call: () => Promise<Outcome>,
  ): Promise<Outcome | undefined> {
    this.stats[kind]++
    return call().then(
      (outcome) => {
        if (outcome.ok) this.stats.accepted++
        else if (REFUSAL_STATUS[outcome.refusal] === 409) this.stats.conflicts++
        else {
          this.stats.unexpected++
          this.log.warn(
            { refusal: outcome.refusal, error: outcome.body, sent: body },
            'the services refused a simulated submission',
          )
        }
        return outcome
      },
      (error: unknown) => {
        this.stats.failed++
        this.log.error({ err: error }, 'a simulated submission failed')
        return undefined
      },
    )
  }
}
