import { TEST_IDS } from '@pendopo/shared'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'

import { useNow } from '../../components/useNow.js'
import { formatDate, formatTime } from '../../i18n/format.js'
import { useWall } from '../../store/WallProvider.js'

import styles from './StatusBar.module.css'

/**
 * The wall's top line: who it is, what scene, the WIB time, how fresh the data is, and the link's state.
 * Memoised: it re-renders for its clock and its own slices, not with the screen above it.
 */
export const StatusBar = memo(function StatusBar({ heading }: { heading: string }) {
  const { t, i18n } = useTranslation('wall')
  const now = useNow(1_000)
  return (
    <header className={styles.bar}>
      <div className={styles.brand}>
        <span className={styles.mark}>{t('brand')}</span>
        <span className={styles.place}>{t('place')}</span>
      </div>
      <h1 className={styles.heading} data-testid={TEST_IDS.wall.scene}>
        {heading}
      </h1>
      <div className={styles.right}>
        <Freshness now={now} />
        <time
          className={styles.clock}
          data-testid={TEST_IDS.wall.clock}
          dateTime={new Date(now).toISOString()}
          title={formatDate(now, i18n.language)}
        >
          {formatTime(now, i18n.language)} <span className={styles.zone}>{t('wib')}</span>
        </time>
      </div>
    </header>
  )
})

/** Live: a quiet green badge. Otherwise it says so, and how old the picture on the wall is. */
function Freshness({ now }: { now: number }) {
  const { t, i18n } = useTranslation('wall')
  const status = useWall((s) => s.connection.status)
  const asOf = useWall((s) => s.asOf)
  const lastDataAt = useWall((s) => s.lastDataAt)
  const live = status === 'live'
  return (
    <div className={styles.freshness}>
      {asOf ? (
        <span className={styles.asOf} data-testid={TEST_IDS.wall.asOf}>
          {live
            ? t('asOf', { time: formatTime(Date.parse(asOf), i18n.language, true) })
            : age(t, now - (lastDataAt ?? now))}
        </span>
      ) : null}
      <span
        className={`${styles.badge} ${live ? styles.live : styles.down}`}
        data-testid={TEST_IDS.wall.connection}
        data-status={status}
        role="status"
      >
        <span className={styles.dot} aria-hidden="true" />
        {t(`connection.${status}`)}
      </span>
    </div>
  )
}

function age(t: (key: string, options: { count: number }) => string, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000))
  if (seconds < 120) return t('age.seconds', { count: seconds })
  if (seconds < 7_200) return t('age.minutes', { count: Math.round(seconds / 60) })
  return t('age.hours', { count: Math.round(seconds / 3_600) })
}
