import { createContext, type ReactNode, useContext } from 'react'
import { type StoreApi, useStore } from 'zustand'

import type { WallState, WallStore } from './wallStore.js'

const WallContext = createContext<WallStore | null>(null)

/** Gives the screens below it their store: the app's in production, a test's own in tests. */
export function WallProvider({ wall, children }: { wall: WallStore; children: ReactNode }) {
  return <WallContext.Provider value={wall}>{children}</WallContext.Provider>
}

/**
 * Reads a slice of the wall's state; the component re-renders only when that slice changes (use
 * `useShallow` for selectors that build a fresh array or object).
 */
export function useWall<T>(selector: (state: WallState) => T): T {
  const wall = useContext(WallContext)
  if (!wall) throw new Error('useWall needs a <WallProvider>')
  return useStore(wall.store, selector)
}

/**
 * The store itself, for code that reads it at its own moments (`getState()` on a clock tick) instead of
 * re-rendering on every change.
 */
export function useWallStore(): StoreApi<WallState> {
  const wall = useContext(WallContext)
  if (!wall) throw new Error('useWallStore needs a <WallProvider>')
  return wall.store
}
