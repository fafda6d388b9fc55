import { useEffect, useState } from 'react'

import { i18next, languageOf } from './i18n/i18n.js'
import { connectWall } from './live/connection.js'
import { takeToken } from './live/token.js'
import { WallScreen } from './screens/wall/WallScreen.js'
import { animationFrames } from './store/frames.js'
import { WallProvider } from './store/WallProvider.js'
import { createWallStore } from './store/wallStore.js'

/** Under a stream the wall updates at most four times a second: as fast as anyone in the room can read it. */
const APPLY_EVERY_MS = 250

/** One store for the page's life; the connection writes into it, the screen reads from it. */
const wall = createWallStore({
  frames: animationFrames({ minIntervalMs: APPLY_EVERY_MS }),
  now: () => Date.now(),
})

/** The screens by path. The executives' tablet and the operators' console come next. */
export function App() {
  const [token] = useState(() => takeToken(window.location, window.sessionStorage, window.history))
  useEffect(() => {
    void i18next.changeLanguage(languageOf(window.location.search))
    document.documentElement.lang = i18next.language
  }, [])
  useEffect(() => {
    if (!token) return
    const connection = connectWall(wall, { token })
    return () => connection.close()
  }, [token])

  if (!token) return <NoToken />
  return (
    <WallProvider wall={wall}>
      <WallScreen />
    </WallProvider>
  )
}

function NoToken() {
  return (
    <main style={{ padding: '2rem', maxWidth: '50rem' }}>
      <h1>Pendopo</h1>
      <p>Buka layar ini dengan tautan yang berisi token, misalnya /wall#token=…</p>
      <p lang="en">Open this screen with a link that carries its token, such as /wall#token=…</p>
    </main>
  )
}
