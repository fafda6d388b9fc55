import { describe, expect, it } from 'vitest'

import { DEMO_PASSWORD, DEMO_PASSWORD_HASH } from './demoUsers.js'
import { hashPassword, verifyPassword } from './passwords.js'

describe('passwords', () => {
  it('[PW1] the demo hash is the demo password: the README login works', async () => {
    expect(await verifyPassword(DEMO_PASSWORD, DEMO_PASSWORD_HASH)).toBe(true)
    expect(await verifyPassword(`${DEMO_PASSWORD}x`, DEMO_PASSWORD_HASH)).toBe(false)
  })

  it('[PW2] salts every hash, verifies its own, and refuses anything malformed', async () => {
    const [a, b] = await Promise.all([hashPassword('correct horse'), hashPassword('correct horse')])
    expect(a).not.toBe(b)
    expect(await verifyPassword('correct horse', a)).toBe(true)
    expect(await verifyPassword('correct horse', 'md5$abc')).toBe(false)
    expect(await verifyPassword('correct horse', a.replace(/\$[^$]+$/, '$AAAA'))).toBe(false)
  })
})
