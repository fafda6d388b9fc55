import '../../theme/tablet.css'
import './strings.js'

import { useEffect, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { connectWall } from '../../live/connection.js'
import { useSession } from '../../live/session.js'
import { animationFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

import { ExecLayout } from './ExecLayout.js'
import { useExecView } from './url/useExecView.js'
import { ExecNavProvider } from './url/ViewLink.js'

/**
 * A tablet is read, not watched from across a room: a few updates a second is plenty, and leaves its
 * slower processor the frames for touch.
 */
const APPLY_EVERY_MS = 250

/**
 * The executives' tablet (/exec): after a login, one store and one socket for the page's life (the session
 * cookie authenticates it), and the view the URL describes.
 */
export function ExecScreen() {
  const session = useSession()
  const nav = useExecView()
  const [wall] = useState(() =>
    createWallStore({ frames: animationFrames({ minIntervalMs: APPLY_EVERY_MS }), now: () => Date.now() }),
  )
  const ready = session.status === 'ready'
  useEffect(() => {
    if (!ready) return
    const connection = connectWall(wall, {})
    return () => connection.close()
  }, [wall, ready])

  if (session.status !== 'ready') return <Waiting offline={session.status === 'offline'} />
  return (
    <WallProvider wall={wall}>
      <ExecNavProvider nav={nav}>
        <ExecLayout session={session.session} />
      </ExecNavProvider>
    </WallProvider>
  )
}

function Waiting({ offline }: { offline: boolean }) {
  const { t } = useTranslation('exec')
  return (
    <main className="exec-waiting" aria-busy={!offline}>
      <h1>{t('brand')}</h1>
      <p role="status">{offline ? t('offline') : t('loading')}</p>
    </main>
  )
}
