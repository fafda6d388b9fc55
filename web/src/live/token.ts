const STORAGE_KEY = 'pendopo.token'

/**
 * The wall's credential arrives in the URL fragment (`/wall#token=…`), which never reaches a server log.
 * It is kept for this tab's session, so a reload still works, and taken out of the address bar at once.
 */
export function takeToken(location: Location, storage: Storage, history: History): string | null {
  const fragment = new URLSearchParams(location.hash.replace(/^#/, ''))
  const fromUrl = fragment.get('token')
  if (fromUrl) {
    storage.setItem(STORAGE_KEY, fromUrl)
    fragment.delete('token')
    const rest = fragment.toString()
    history.replaceState(null, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`)
    return fromUrl
  }
  return storage.getItem(STORAGE_KEY)
}
