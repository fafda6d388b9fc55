import type { User } from '@pendopo/shared'
import { createContext, type ReactNode, useContext } from 'react'

import type { WallStore } from '../../store/wallStore.js'

import type { QueueStore } from './queue/queueStore.js'

/**
 * What every part of the console shares: who is at the desk, the queue they walk through, and the live
 * store (whose events a page follows with `followEvents`; panels read it through `useWall`).
 */
export interface Ops {
  readonly user: User
  readonly queue: QueueStore
  readonly wall: WallStore
}

const OpsContext = createContext<Ops | null>(null)

export function OpsProvider({ ops, children }: { ops: Ops; children: ReactNode }) {
  return <OpsContext.Provider value={ops}>{children}</OpsContext.Provider>
}

export function useOps(): Ops {
  const ops = useContext(OpsContext)
  if (!ops) throw new Error('useOps needs an <OpsProvider>')
  return ops
}
