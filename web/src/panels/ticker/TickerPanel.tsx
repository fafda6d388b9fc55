import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../components/Panel.js'
import { formatTime } from '../../i18n/format.js'
import { useWall } from '../../store/WallProvider.js'
import type { SceneFilter } from '../common/scene.js'

import { selectTicker } from './selectTicker.js'
import styles from './TickerPanel.module.css'

/** The latest events, newest first; a new line flashes once, then stays still. */
export function TickerPanel({ filter, lines }: { filter: SceneFilter; lines: number }) {
  const { t, i18n } = useTranslation('ticker')
  const items = useWall((s) => s.ticker)
  const reference = useWall((s) => s.reference)
  const view = useMemo(
    () => selectTicker(items, { reference, filter, lines, language: i18n.language }),
    [items, reference, filter, lines, i18n.language],
  )
  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.ticker}>
      <ol className={styles.list} style={{ ['--lines' as string]: lines }}>
        {view.length === 0 ? <li className={styles.quiet}>{t('quiet')}</li> : null}
        {view.map((line) => (
          <li
            key={line.seq}
            className={`${styles.line} ${styles[line.tone]} is-new`}
            data-seq={line.seq}
            data-kind={line.kind}
          >
            <time className={styles.time}>{formatTime(Date.parse(line.at), i18n.language)}</time>
            <span className={styles.headline}>
              {line.kind === 'issue_reported' || line.kind === 'issue_resolved'
                ? t(line.headline.key, { kind: t(`kind.${line.headline.values.kind ?? 'other'}`) })
                : t(line.headline.key, line.headline.values)}
            </span>
            <span className={styles.subject}>{line.subject}</span>
            <span className={styles.place}>{line.place}</span>
          </li>
        ))}
      </ol>
    </Panel>
  )
}
