import { type NewUser, SYSTEM_ACTOR } from '@pendopo/shared'
import type { Logger } from 'pino'

import type { EventStore } from '../log/EventStore.js'

import { createUser, type UserDeps } from './users.js'

/** The demo's one password, listed in the README and docs/access.md. Production mode creates no users. */
export const DEMO_PASSWORD = 'pendopo-demo-2026'
/**
 * Its scrypt hash, made once (the password is public anyway): a first demo start then spends no time
 * hashing seven passwords while it writes a month of history. `demoUsers.test.ts` checks they match.
 */
export const DEMO_PASSWORD_HASH =
  'scrypt$32768$8$1$CIn5loiM2UkRlWb6CKTb5g$TyVJQbL7p0059TIkWy7cmCoW-mrrl1cjcLZ6DgYA-_Y'

export const DEMO_USERS: ReadonlyArray<Omit<NewUser, 'password'>> = [
  { username: 'admin', name: 'Admin Pendopo', role: 'admin' },
  { username: 'kominfo', name: 'Admin Instansi Diskominfo', role: 'supervisor' },
  { username: 'bupati', name: 'Bupati Bojonegoro', role: 'executive' },
  {
    username: 'dpubmpr',
    name: 'Admin Penghubung DPUBMPR',
    role: 'operator',
    opd: 'DPUBMPR' as NewUser['opd'],
  },
  { username: 'dinsos', name: 'Admin Penghubung Dinsos', role: 'operator', opd: 'DINSOS' as NewUser['opd'] },
  { username: 'dinkes', name: 'Admin Penghubung Dinkes', role: 'operator', opd: 'DINKES' as NewUser['opd'] },
  { username: 'dpusda', name: 'Admin Penghubung DPUSDA', role: 'operator', opd: 'DPUSDA' as NewUser['opd'] },
]

/** Creates the demo accounts that do not exist yet (a restart finds them in the log and adds nothing). */
export async function createDemoUsers(deps: UserDeps, store: EventStore, log: Logger): Promise<void> {
  const missing: Array<(typeof DEMO_USERS)[number]> = []
  for (const user of DEMO_USERS) if (!(await store.userByUsername(user.username))) missing.push(user)
  const outcomes = await Promise.all(
    missing.map((user) =>
      createUser(deps, SYSTEM_ACTOR, {
        user: { ...user, password: DEMO_PASSWORD },
        passwordHash: DEMO_PASSWORD_HASH,
      }),
    ),
  )
  outcomes.forEach((outcome, i) => {
    if (!outcome.ok)
      log.warn({ user: missing[i]?.username, refusal: outcome.body }, 'a demo user was not created')
  })
  if (missing.length) log.info({ users: missing.map((u) => u.username) }, 'demo users created')
}
