import { describe, expect, it } from 'vitest'

import type { ApiError } from '../../live/session.js'

import { loginRefusal } from './loginRefusal.js'

const problem = (status: number, body: Record<string, unknown> = {}): ApiError => ({
  status,
  error: 'x',
  issues: [],
  body,
})

describe('a refused login', () => {
  it('[LG3] is a wrong password, the server out of reach, or a rate limit with its wait', () => {
    expect(loginRefusal(problem(401))).toEqual({ kind: 'credentials' })
    expect(loginRefusal(problem(0))).toEqual({ kind: 'offline' })
    expect(loginRefusal(problem(429, { retryAfter: 42.2 }))).toEqual({
      kind: 'rateLimited',
      retryAfterSec: 43,
    })
    expect(loginRefusal(problem(429, { retryAfter: '60' }))).toEqual({
      kind: 'rateLimited',
      retryAfterSec: 60,
    })
    expect(loginRefusal(problem(429))).toEqual({ kind: 'rateLimited', retryAfterSec: null })
    expect(loginRefusal(problem(503))).toEqual({ kind: 'other', message: 'x' })
  })
})
