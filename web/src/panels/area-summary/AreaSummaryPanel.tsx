import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../components/Panel.js'
import { useNow } from '../../components/useNow.js'
import { formatCount } from '../../i18n/format.js'
import { useWall } from '../../store/WallProvider.js'
import type { SceneFilter } from '../common/scene.js'
import { rowsThatFit, useBox } from '../common/useBox.js'

import styles from './AreaSummaryPanel.module.css'
import { selectAreaSummary } from './selectAreaSummary.js'

/** Each row's height, and the header's, in rem (the CSS sets the same): the table never scrolls. */
const ROW_REM = 1.4
const HEADER_REM = 1.5

/**
 * The scene's kecamatan side by side: open, overdue, today's arrivals, village issues. (Due soon is on the
 * map beside it; five numbers would squeeze the names.)
 */
export function AreaSummaryPanel({ filter }: { filter: SceneFilter }) {
  const { t, i18n } = useTranslation('area')
  const dashboard = useWall((s) => s.dashboard)
  const reference = useWall((s) => s.reference)
  const now = useNow(30_000)
  const [frame, box] = useBox<HTMLDivElement>()
  // As many kecamatan as fit, the most overdue first; the rest are left out, never squeezed.
  const fit = box ? rowsThatFit(box, { rowRem: ROW_REM, fixedRem: HEADER_REM, wanted: 28 }) : 0
  const rows = useMemo(
    () =>
      dashboard && reference ? selectAreaSummary(dashboard, { reference, filter, now }).slice(0, fit) : [],
    [dashboard, reference, filter, now, fit],
  )
  const n = (value: number) => formatCount(value, i18n.language)
  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.areaSummary}>
      <div ref={frame} className={styles.frame}>
        <table className={styles.table}>
          <colgroup>
            <col />
            <col className={styles.open} />
            <col className={styles.overdue} />
            <col className={styles.today} />
            <col className={styles.issues} />
          </colgroup>
          <thead>
            <tr>
              <th scope="col">{t('kecamatan')}</th>
              <th scope="col">{t('open')}</th>
              <th scope="col" className="sla-red">
                {t('overdue')}
              </th>
              <th scope="col">{t('today')}</th>
              <th scope="col">{t('issues')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code}>
                <th scope="row">{row.name}</th>
                <td>{n(row.open)}</td>
                <td className={row.overdue > 0 ? 'sla-red' : styles.zero}>{n(row.overdue)}</td>
                <td>{n(row.today)}</td>
                <td className={row.issues > 0 ? styles.hasIssues : styles.zero}>{n(row.issues)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  )
}
