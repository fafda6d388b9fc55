import { useEffect, useLayoutEffect, useRef } from 'react'

import { type Command, commandFor } from './keymap.js'

/**
 * Calls `onCommand` for the console's keys on the whole page. The latest handler is always the one called
 * (kept in a ref), so a screen can pass a fresh closure on every render without re-subscribing. A handler
 * returns true when it used the key, which then does nothing else (no scrolling, no typed letter). Holding
 * j or k walks on; holding any other key acts once.
 */
export function useShortcuts(onCommand: (command: Command) => boolean): void {
  const handler = useRef(onCommand)
  useLayoutEffect(() => {
    handler.current = onCommand
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return
      const command = commandFor(event)
      if (!command) return
      if (event.repeat && command.kind !== 'next' && command.kind !== 'previous') return
      if (handler.current(command)) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])
}
