import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { Suspense, useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { useWall } from '../../store/WallProvider.js'

import { prefetchChartPanels, sceneHeading, SceneView } from './scenes/SceneView.js'
import { StatusBar } from './StatusBar.js'
import { useScene } from './useScene.js'
import styles from './WallScreen.module.css'

/** The charts are fetched this long after the first data shows: after its paint, well before a scene ends. */
const PREFETCH_CHARTS_AFTER_MS = 2_000

/**
 * `/wall`: the Command Center's video wall. A status line, then the scene the playlist (or an urgent spike)
 * calls for. Nothing here fetches data or listens: everything comes from the store.
 */
export function WallScreen() {
  const { t, i18n } = useTranslation('wall')
  const shown = useScene()
  const ready = useWall((s) => s.dashboard !== null && s.reference !== null)
  const reference = useWall((s) => s.reference)
  const seq = useWall((s) => s.dashboard?.seq ?? null)
  useEffect(() => {
    if (!ready) return
    const timer = setTimeout(prefetchChartPanels, PREFETCH_CHARTS_AFTER_MS)
    return () => clearTimeout(timer)
  }, [ready])
  return (
    <div
      className={`${styles.wall} kiosk`}
      data-testid={TEST_IDS.wall.root}
      data-seq={seq ?? undefined}
      data-scene={shown ? (shown.kind === 'urgent' ? 'urgent' : shown.scene.id) : undefined}
    >
      <StatusBar heading={shown ? sceneHeading(shown, { t, language: i18n.language, reference }) : ''} />
      <main className={styles.stage}>
        <Suspense fallback={null}>
          {ready && shown ? <SceneView shown={shown} /> : <p className={styles.waiting}>{t('waiting')}</p>}
        </Suspense>
      </main>
    </div>
  )
}
