import type { Refused } from '../domain/commands.js'

export interface Issue {
  readonly path: string
  readonly message: string
}

/** Input refused before it reached the log: every problem, each with where it is. */
export const badRequest = (error: string, issues: readonly Issue[]): Refused => ({
  ok: false,
  refusal: 'bad_request',
  body: { error, issues: [...issues] },
})
