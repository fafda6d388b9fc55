import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../components/Panel.js'
import { formatCount, formatTime } from '../../i18n/format.js'
import { useWall } from '../../store/WallProvider.js'
import type { SceneFilter } from '../common/scene.js'
import { rowsThatFit, useBox } from '../common/useBox.js'

import { selectVillageIssues } from './selectVillageIssues.js'
import styles from './VillageIssuesPanel.module.css'

/** Each line's height in rem (the CSS sets the same). */
const ROW_REM = 1.35

/** Floods, droughts, broken roads now active in the scene's kecamatan, the most severe first. */
export function VillageIssuesPanel({ filter }: { filter: SceneFilter }) {
  const { t, i18n } = useTranslation('villageIssues')
  const dashboard = useWall((s) => s.dashboard)
  const reference = useWall((s) => s.reference)
  const all = useMemo(
    () => (dashboard && reference ? selectVillageIssues(dashboard, { reference, filter }) : []),
    [dashboard, reference, filter],
  )
  const [frame, box] = useBox<HTMLUListElement>()
  // As many as fit, the most severe first; the count of the rest goes in the header.
  const fit = box ? rowsThatFit(box, { rowRem: ROW_REM, fixedRem: 0, wanted: all.length }) : 0
  const rows = all.slice(0, fit)
  const hidden = all.length - rows.length
  return (
    <Panel
      title={t('title')}
      testId={TEST_IDS.panel.villageIssues}
      aside={
        hidden > 0
          ? t('more', { n: formatCount(hidden, i18n.language) })
          : all.length > 0
            ? formatCount(all.length, i18n.language)
            : null
      }
    >
      <ul ref={frame} className={styles.list}>
        {all.length === 0 ? <li className={styles.none}>{t('none')}</li> : null}
        {rows.map((row) => (
          <li key={row.id} className={styles.row}>
            <span className={`${styles.severity} ${styles[`s${row.severity}`]}`}>
              {t(`severity.${row.severity}`)}
            </span>
            <span className={styles.kind}>{t(`kind.${row.kind}`)}</span>
            <span className={styles.place}>{row.place}</span>
            <span className={styles.meta}>
              {row.households !== null
                ? `${t('households', { n: formatCount(row.households, i18n.language) })} · `
                : ''}
              {t('since', { time: formatTime(Date.parse(row.startedAt), i18n.language) })}
            </span>
          </li>
        ))}
      </ul>
    </Panel>
  )
}
