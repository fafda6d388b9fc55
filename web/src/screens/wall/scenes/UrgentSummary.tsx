import { TEST_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../../components/Panel.js'
import { formatCount } from '../../../i18n/format.js'
import { useWall } from '../../../store/WallProvider.js'
import type { Spike } from '../spike.js'

import styles from './UrgentSummary.module.css'

/** Why the wall switched: how many reports, in how long, against what is usual there. */
export function UrgentSummary({ spike }: { spike: Spike }) {
  const { t, i18n } = useTranslation('wall')
  const hours = useWall((s) => s.wallConfig?.urgent.windowHours ?? 2)
  const name = useWall(
    (s) => s.reference?.kecamatan.find((k) => k.code === spike.kecamatanCode)?.name ?? spike.kecamatanCode,
  )
  return (
    <Panel title={t('urgent.title', { name })} testId={TEST_IDS.panel.urgent}>
      <p className={styles.figure}>{formatCount(spike.reports, i18n.language)}</p>
      <p className={styles.detail}>
        {t('urgent.detail', { hours, usual: formatCount(Math.round(spike.usual * 10) / 10, i18n.language) })}
      </p>
    </Panel>
  )
}
