import '../../theme/desk.css'
import './strings.js'

import { OPS_IDS, type SessionInfo } from '@pendopo/shared'
import { useEffect, useMemo, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { connectWall } from '../../live/connection.js'
import { useSession } from '../../live/session.js'
import { animationFrames } from '../../store/frames.js'
import { WallProvider } from '../../store/WallProvider.js'
import { createWallStore } from '../../store/wallStore.js'

import { fetchQueuePage, fetchRow } from './complaint/complaintApi.js'
import { ComplaintScreen } from './complaint/ComplaintScreen.js'
import { type Ops, OpsProvider } from './OpsContext.js'
import { OpsHeader } from './OpsHeader.js'
import { followEvents } from './queue/followEvents.js'
import { scopedView, viewFromQuery } from './queue/queueQuery.js'
import { QueueScreen } from './queue/QueueScreen.js'
import { createQueueStore, PAGE_SIZE } from './queue/queueStore.js'
import { routeOf, useLocation } from './route.js'

/** A desk reads at its own pace; a few store updates a second are plenty under a stream. */
const APPLY_EVERY_MS = 250

/** `/ops`: the operators' console, for whoever is logged in (the login page sends the others here too). */
export function OpsScreen() {
  const session = useSession()
  const { t } = useTranslation('ops')
  if (session.status === 'ready') return <OpsConsole session={session.session} />
  return (
    <div className="desk desk-centre">
      <main>
        <p role="status">{session.status === 'loading' ? t('loading') : t('offline')}</p>
      </main>
    </div>
  )
}

function OpsConsole({ session }: { session: SessionInfo }) {
  const [wall] = useState(() =>
    createWallStore({ frames: animationFrames({ minIntervalMs: APPLY_EVERY_MS }), now: () => Date.now() }),
  )
  const [ops] = useState<Ops>(() => ({
    user: session.user,
    wall,
    queue: createQueueStore({
      fetchPage: (view, after) => fetchQueuePage(view, { limit: PAGE_SIZE, after }),
      fetchRow,
    }),
  }))
  useEffect(() => {
    // No token: the socket goes with the session cookie, and the server redacts what this user may not read.
    const connection = connectWall(wall, {})
    const unfollow = followEvents(wall.store, {
      onEvents: (events) => ops.queue.applyEvents(events),
      onMissed: () => ops.queue.refresh(),
    })
    return () => {
      unfollow()
      connection.close()
    }
  }, [wall, ops])

  const { pathname, search } = useLocation()
  const route = routeOf(pathname)
  const view = useMemo(() => scopedView(viewFromQuery(search), ops.user), [search, ops.user])
  // The queue is loaded on every page, so j and k walk it from a complaint opened by a link too.
  useEffect(() => ops.queue.show(view), [ops, view])

  return (
    <WallProvider wall={wall}>
      <OpsProvider ops={ops}>
        <div className="desk desk-console" data-testid={OPS_IDS.root}>
          <OpsHeader />
          {route.view === 'queue' ? (
            <QueueScreen search={search} />
          ) : (
            <ComplaintScreen key={route.id} id={route.id} search={search} />
          )}
        </div>
      </OpsProvider>
    </WallProvider>
  )
}
