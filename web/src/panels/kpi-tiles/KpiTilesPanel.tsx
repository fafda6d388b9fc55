import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../components/Panel.js'
import { formatCount, formatPercent } from '../../i18n/format.js'
import { useWall } from '../../store/WallProvider.js'
import { rateWindow } from '../common/datedWindow.js'
import type { SceneFilter } from '../common/scene.js'
import { useFlash } from '../common/useFlash.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import styles from './KpiTilesPanel.module.css'
import { type LiveTile, selectLiveTiles } from './selectLiveTiles.js'
import { selectSlowTiles, type SlowTile } from './selectSlowTiles.js'

type TileSet = 'live' | 'slow' | 'all'

/**
 * The numbers an executive asks for first: the live ones from the counters (open, overdue, today's in and
 * out, the median follow-up, satisfaction) and the slow ones from configuration, each with its as-of date.
 */
export function KpiTilesPanel({ filter, set }: { filter: SceneFilter; set: TileSet }) {
  const { t, i18n } = useTranslation('kpi-tiles')
  const today = useToday()?.day ?? null
  const { kecamatan, opds } = filter
  const live = useView(
    (s) => [s.dashboard?.counters, s.dashboard?.countersSince] as const,
    (counters, since) =>
      set !== 'slow' && counters && since && today
        ? selectLiveTiles({ counters, today, window: rateWindow(today, since), kecamatan, opds })
        : [],
    [set, today, filterKey(filter)],
  )
  const kpis = useWall((s) => (set === 'live' ? undefined : s.dashboard?.kpis))
  const slow = useMemo(
    () => (set !== 'live' && kpis ? selectSlowTiles(kpis, i18n.language) : []),
    [set, kpis, i18n.language],
  )
  const flash = useFlash()
  return (
    <Panel title={t(`title.${set}`)} testId={TEST_IDS.panel.kpiTiles}>
      <div className={styles.tiles}>
        {live.map((tile) => (
          <LiveTileView key={tile.id} tile={tile} flashAt={flash(tile.id, tile.value ?? '')} />
        ))}
        {slow.map((tile) => (
          <SlowTileView key={tile.code} tile={tile} />
        ))}
      </div>
    </Panel>
  )
}

function LiveTileView({ tile, flashAt }: { tile: LiveTile; flashAt: number | null }) {
  const { t, i18n } = useTranslation('kpi-tiles')
  const { value } = tile
  let shown = t('none')
  if (value !== null) {
    if (tile.id === 'satisfaction') shown = formatPercent(value, i18n.language)
    else shown = formatCount(value, i18n.language)
  }
  const accent = tile.id === 'overdue' || tile.id === 'closedToday' ? styles[tile.id] : ''
  return (
    <div className={`${styles.tile} ${accent}`} data-testid={TEST_IDS.tile[tile.id]}>
      <div className={styles.label} title={t(`tile.${tile.id}`)}>
        {tile.id === 'followUpMedian' ? (
          <>
            <span className={styles.long}>{t('tile.followUpMedian')}</span>
            <span className={styles.short}>{t('tile.followUpMedian.short')}</span>
          </>
        ) : (
          t(`tile.${tile.id}`)
        )}
      </div>
      <div className={styles.value}>
        {/* A new key on change mounts a fresh element: the one-shot flash of what is new. */}
        <span key={flashAt ?? 0} className={`${styles.number} ${flashAt === null ? '' : 'is-new'}`}>
          {tile.id === 'followUpMedian' && value !== null ? <span className={styles.approx}>≈</span> : null}
          {shown}
        </span>
        {tile.id === 'followUpMedian' && value !== null ? (
          <span className={styles.unit}>{t('workingHours')}</span>
        ) : null}
      </div>
      {tile.regencyWide ? <div className={styles.note}>{t('regencyWide')}</div> : null}
    </div>
  )
}

/** Label (two lines kept, so the values line up), value, grade and as-of date, then the source. */
function SlowTileView({ tile }: { tile: SlowTile }) {
  const { t } = useTranslation('kpi-tiles')
  return (
    <div className={`${styles.tile} ${styles.slow}`} data-kpi={tile.code}>
      {/* Non-breaking hyphens: "e-PPGBM" must not break after its "e-". */}
      <div className={styles.twoLines} title={tile.label}>
        {tile.label.replaceAll('-', '\u2011')}
      </div>
      <div className={styles.value}>
        <span className={styles.number}>{tile.display}</span>
      </div>
      <div className={styles.gradeLine}>
        {tile.grade ? <span className={styles.grade}>{tile.grade}</span> : null}
      </div>
      <div className={styles.source} title={tile.source}>
        <span className={styles.asOf}>{t('asOf', { date: tile.asOf })}</span> · {tile.sourceShort}
      </div>
    </div>
  )
}
