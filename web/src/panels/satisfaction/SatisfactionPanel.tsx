import './strings.js'

import { type Rating, TEST_IDS } from '@pendopo/shared'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts'

import { Panel } from '../../components/Panel.js'
import { formatCount, formatPercent } from '../../i18n/format.js'
import { categoryTick } from '../common/CategoryTick.js'
import { INK } from '../common/chartStyle.js'
import { rateWindow } from '../common/datedWindow.js'
import type { SceneFilter } from '../common/scene.js'
import { type Box, useBox } from '../common/useBox.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import styles from './SatisfactionPanel.module.css'
import { type SatisfactionView, selectSatisfaction } from './selectSatisfaction.js'

/** From good to bad: green to rose, as anyone reads a scale; each bar is named, so the names are the legend. */
const RATING_COLOURS: Readonly<Record<Rating, string>> = {
  sangat_puas: '#34d399',
  puas: '#a7f3d0',
  cukup_puas: '#fcd34d',
  tidak_puas: '#fb7185',
}

/** How reporters rated the handling of their complaints, on the regency's 4-point scale, as shares. */
export function SatisfactionPanel({ filter }: { filter: SceneFilter }) {
  const { t, i18n } = useTranslation('satisfaction')
  const today = useToday()?.day ?? null
  const [chartRef, box] = useBox<HTMLDivElement>()
  const filtered = filter.kecamatan !== undefined || filter.opds !== undefined
  const view = useView(
    (s) => [s.dashboard?.counters, s.dashboard?.countersSince] as const,
    (counters, since) =>
      counters && since && today
        ? selectSatisfaction({ counters, window: rateWindow(today, since), filtered })
        : null,
    [today, filterKey(filter)],
  )
  const language = i18n.language
  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.satisfaction}>
      <div className={styles.body}>
        <div className={styles.layout}>
          <div className={styles.headline}>
            <div className={styles.number}>{formatPercent(view?.satisfied ?? null, language)}</div>
            <div className={styles.label}>{t('satisfied')}</div>
            <div className={styles.caption}>
              {view ? t('of', { n: formatCount(view.total, language), days: view.days }) : ''}
            </div>
            {view?.regencyWide ? <div className={styles.note}>{t('regencyWide')}</div> : null}
          </div>
          <div ref={chartRef} className={styles.chart}>
            {view && box && view.total > 0 ? <ScaleChart view={view} box={box} language={language} /> : null}
            {view && view.total === 0 ? <p className={styles.empty}>{t('none')}</p> : null}
          </div>
        </div>
      </div>
    </Panel>
  )
}

/** Memoised: the panel's clock ticks every 30 s, the chart redraws only for a new view model or size. */
const ScaleChart = memo(function ScaleChart({
  view,
  box,
  language,
}: {
  view: SatisfactionView
  box: Box
  language: string
}) {
  const { t } = useTranslation('satisfaction')
  const { rem } = box
  const labelWidth = Math.min(box.width * 0.42, rem * 8.5)
  const height = Math.min(box.height, rem * 2.4 * view.ratings.length)
  const data = view.ratings.map((r) => ({ name: t(r.rating), rating: r.rating, share: r.share ?? 0 }))
  return (
    <BarChart
      width={box.width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 0, right: rem * 3.4, bottom: 0, left: 0 }}
      barCategoryGap="22%"
    >
      <XAxis type="number" hide domain={[0, 1]} />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={categoryTick(rem, labelWidth)}
      />
      <Bar dataKey="share" isAnimationActive={false} radius={[0, 3, 3, 0]} maxBarSize={rem * 1.3}>
        {data.map((d) => (
          <Cell key={d.rating} fill={RATING_COLOURS[d.rating]} />
        ))}
        <LabelList
          dataKey="share"
          content={(p) => (
            <text
              x={Number(p.x) + Number(p.width) + rem * 0.3}
              y={Number(p.y) + Number(p.height) / 2}
              dominantBaseline="central"
              fill={INK.text}
              fontSize={rem}
              fontWeight={700}
              fontFamily="inherit"
            >
              {formatPercent(Number(p.value), language)}
            </text>
          )}
        />
      </Bar>
    </BarChart>
  )
})
