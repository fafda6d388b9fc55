import type { ReferenceData } from '@pendopo/shared'
import type { TFunction } from 'i18next'
import { lazy, memo } from 'react'

import { AreaSummaryPanel } from '../../../panels/area-summary/AreaSummaryPanel.js'
import type { SceneFilter } from '../../../panels/common/scene.js'
import { MapPanel } from '../../../panels/complaints-map/MapPanel.js'
import { KpiTilesPanel } from '../../../panels/kpi-tiles/KpiTilesPanel.js'
import { HeatmapPanel } from '../../../panels/sla-heatmap/HeatmapPanel.js'
import { TickerPanel } from '../../../panels/ticker/TickerPanel.js'
import { VillageIssuesPanel } from '../../../panels/village-issues/VillageIssuesPanel.js'
import type { ShownScene } from '../useScene.js'

import styles from './SceneView.module.css'
import { UrgentSummary } from './UrgentSummary.js'

const EVERYTHING: SceneFilter = {}

const chartPanels = () => import('./chartPanels.js')
const ChannelHoursPanel = lazy(() => chartPanels().then((m) => ({ default: m.ChannelHoursPanel })))
const RatesPanel = lazy(() => chartPanels().then((m) => ({ default: m.RatesPanel })))
const SatisfactionPanel = lazy(() => chartPanels().then((m) => ({ default: m.SatisfactionPanel })))
const TopCategoriesPanel = lazy(() => chartPanels().then((m) => ({ default: m.TopCategoriesPanel })))

/**
 * Fetches the chart panels ahead of the first scene that shows them (a scene that needs them first waits
 * for them under the screen's Suspense). Call it once the first data is on the wall: before, it would
 * compete with that first paint.
 */
export function prefetchChartPanels(): void {
  void chartPanels()
}

/**
 * Each scene kind is a fixed arrangement of panels, fed the scene's parameters. Memoised: the screen
 * above re-renders with every data update (its `data-seq`), the scene only when it changes; each panel
 * reads its own slice of the store.
 */
export const SceneView = memo(function SceneView({ shown }: { shown: ShownScene }) {
  if (shown.kind === 'urgent') {
    const focus = [shown.spike.kecamatanCode]
    const filter: SceneFilter = { kecamatan: focus }
    return (
      <div className={`${styles.scene} ${styles.urgent}`} key={`urgent-${shown.spike.kecamatanCode}`}>
        <div className={styles.map}>
          <MapPanel filter={filter} focus={focus} emphasis="urgent" />
        </div>
        <div className={`${styles.side} ${styles.stack}`}>
          <UrgentSummary spike={shown.spike} />
          <VillageIssuesPanel filter={filter} />
        </div>
        <div className={styles.bottom}>
          <TickerPanel filter={filter} lines={4} />
        </div>
      </div>
    )
  }
  const { scene } = shown
  const filter: SceneFilter = scene.params
  switch (scene.kind) {
    case 'overview':
      return (
        <div className={`${styles.scene} ${styles.overview}`} key={scene.id}>
          <div className={styles.map}>
            <MapPanel filter={EVERYTHING} emphasis="regency" />
          </div>
          <div className={styles.tiles}>
            <KpiTilesPanel filter={EVERYTHING} set="live" />
          </div>
          <div className={styles.side}>
            <HeatmapPanel filter={EVERYTHING} rows={9} view="days" />
          </div>
          <div className={styles.bottom}>
            <TickerPanel filter={EVERYTHING} lines={3} />
          </div>
        </div>
      )
    case 'friday-review':
      return (
        <div className={`${styles.scene} ${styles.review}`} key={scene.id}>
          <div className={styles.main}>
            <HeatmapPanel filter={filter} rows={16} view="days" />
          </div>
          <div className={styles.side}>
            <RatesPanel filter={filter} />
          </div>
          <div className={styles.bottom}>
            <KpiTilesPanel filter={filter} set="slow" />
          </div>
        </div>
      )
    case 'trends':
      return (
        <div className={`${styles.scene} ${styles.quad}`} key={scene.id}>
          <div>
            <ChannelHoursPanel filter={filter} />
          </div>
          <div>
            <TopCategoriesPanel filter={filter} limit={8} />
          </div>
          <div>
            <RatesPanel filter={filter} />
          </div>
          <div>
            <SatisfactionPanel filter={filter} />
          </div>
        </div>
      )
    case 'area':
      return (
        <div className={`${styles.scene} ${styles.area}`} key={scene.id}>
          <div className={styles.map}>
            <MapPanel
              filter={filter}
              {...(scene.params.kecamatan ? { focus: scene.params.kecamatan } : {})}
              emphasis="area"
            />
          </div>
          <div className={styles.side}>
            <AreaSummaryPanel filter={filter} />
          </div>
          <div className={styles.bottom}>
            <VillageIssuesPanel filter={filter} />
          </div>
        </div>
      )
    case 'agencies':
      return (
        <div className={`${styles.scene} ${styles.review}`} key={scene.id}>
          <div className={styles.main}>
            <HeatmapPanel filter={filter} rows={12} view="stages" />
          </div>
          <div className={styles.side}>
            <RatesPanel filter={filter} />
          </div>
          <div className={styles.bottom}>
            <KpiTilesPanel filter={filter} set="live" />
          </div>
        </div>
      )
  }
})

/** The status line's heading for what is shown. */
export function sceneHeading(
  shown: ShownScene,
  { t, language, reference }: { t: TFunction; language: string; reference: ReferenceData | null },
): string {
  if (shown.kind === 'urgent') {
    const name =
      reference?.kecamatan.find((k) => k.code === shown.spike.kecamatanCode)?.name ??
      shown.spike.kecamatanCode
    return t('scene.urgent', { name })
  }
  const { title } = shown.scene
  if (title) return language === 'en' ? title.en : title.id
  return t(`scene.${shown.scene.kind}`)
}
