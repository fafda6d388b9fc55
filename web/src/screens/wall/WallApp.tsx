import { useEffect, useState } from 'react'

import { connectWall } from '../../live/connection.js'
import { takeToken } from '../../live/token.js'
import { type GeoLayerName, loadGeoLayer } from '../../panels/complaints-map/geoData.js'
import { animationFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

import { WallScreen } from './WallScreen.js'

/** Under a stream the wall updates at most four times a second: as fast as anyone in the room can read it. */
const APPLY_EVERY_MS = 250
/** What every map scene draws (the desa layer, 1.2 MB, waits for a scene that needs it). */
const WALL_GEO_LAYERS: readonly GeoLayerName[] = ['kabupaten', 'kecamatan']

/** The wall's page: its token from the URL fragment, one store for the page's life, one connection. */
export function WallApp() {
  const [token] = useState(() => takeToken(window.location, window.sessionStorage, window.history))
  const [wall] = useState(() =>
    createWallStore({ frames: animationFrames({ minIntervalMs: APPLY_EVERY_MS }), now: () => Date.now() }),
  )
  useEffect(() => {
    if (!token) return
    const connection = connectWall(wall, { token })
    // The map's boundaries load while the socket connects, not once the first snapshot has drawn the map.
    for (const layer of WALL_GEO_LAYERS) void loadGeoLayer(layer)
    return () => connection.close()
  }, [wall, token])

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
