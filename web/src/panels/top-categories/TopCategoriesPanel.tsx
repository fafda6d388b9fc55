import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, Cell, LabelList, XAxis, YAxis } from 'recharts'

import { Panel } from '../../components/Panel.js'
import { formatCount } from '../../i18n/format.js'
import { categoryTick } from '../common/CategoryTick.js'
import { INK } from '../common/chartStyle.js'
import { datesBack } from '../common/datedWindow.js'
import type { SceneFilter } from '../common/scene.js'
import { type Box, rowsThatFit, useBox } from '../common/useBox.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import { type CategoryRow, selectTopCategories, type TopCategoriesView } from './selectTopCategories.js'
import styles from './TopCategoriesPanel.module.css'

/** A category takes a 1rem label's height plus air; fewer rows than `limit` when the cell is short. */
const ROW_REM = 1.75
const BAR = '#8ea2c8'
const GHOST = '#3b4a68'

/**
 * The week's strategic issues: the busiest sub-categories of the last 7 days, each against the 7 days
 * before (the thin bar), the fast risers in amber with their change.
 */
export function TopCategoriesPanel({ filter, limit }: { filter: SceneFilter; limit: number }) {
  const { t, i18n } = useTranslation('top-categories')
  const today = useToday()?.day ?? null
  const [chartRef, box] = useBox<HTMLDivElement>()
  const rows = box ? rowsThatFit(box, { rowRem: ROW_REM, fixedRem: 0, wanted: limit }) : 0
  const language = i18n.language
  const { kecamatan, opds } = filter
  const view = useView(
    (s) => [s.dashboard?.counters, s.reference?.categories] as const,
    (counters, categories) => {
      if (!counters || !categories || !today) return null
      const fortnight = datesBack(today, 14)
      const named = categories.map((c) => ({
        code: c.code,
        name: language === 'en' ? c.nameEn : c.name,
        opd: c.opd,
      }))
      return selectTopCategories({
        counters,
        thisWeek: fortnight.slice(7),
        lastWeek: fortnight.slice(0, 7),
        categories: named,
        limit: rows,
        kecamatan,
        opds,
      })
    },
    [today, language, rows, filterKey(filter)],
  )
  const note = view?.regencyWide ? t('regencyWide') : view?.byRoute ? t('byRoute') : t('window')
  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.topCategories} aside={note}>
      <div className={styles.body}>
        <div ref={chartRef} className={styles.chart}>
          {view && box && view.rows.length > 0 ? (
            <CategoryChart view={view} box={box} language={language} />
          ) : null}
          {view && box && rows > 0 && view.rows.length === 0 ? (
            <p className={styles.empty}>{t('empty')}</p>
          ) : null}
        </div>
        <div className={styles.legend}>
          <span className={styles.key}>
            <span className={styles.bar} aria-hidden="true" />
            {t('thisWeek')}
          </span>
          <span className={styles.key}>
            <span className={styles.ghost} aria-hidden="true" />
            {t('lastWeek')}
          </span>
          <span className={`${styles.key} ${styles.rise}`}>▲ {t('rising')}</span>
        </div>
      </div>
    </Panel>
  )
}

/** Memoised: the panel's clock ticks every 30 s, the chart redraws only for a new view model or size. */
const CategoryChart = memo(function CategoryChart({
  view,
  box,
  language,
}: {
  view: TopCategoriesView
  box: Box
  language: string
}) {
  const { rem } = box
  const labelWidth = Math.min(box.width * 0.42, rem * 13)
  const height = Math.min(box.height, view.rows.length * rem * 2.3)
  const band = height / view.rows.length
  return (
    <BarChart
      width={box.width}
      height={height}
      data={view.rows}
      layout="vertical"
      margin={{ top: 0, right: rem * 5.2, bottom: 0, left: 0 }}
      barGap={rem * 0.08}
      barCategoryGap={Math.max(2, band * 0.16)}
    >
      <XAxis type="number" hide domain={[0, 'dataMax']} />
      <YAxis
        type="category"
        dataKey="name"
        width={labelWidth}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={categoryTick(rem, labelWidth)}
      />
      <Bar
        dataKey="thisWeek"
        isAnimationActive={false}
        barSize={Math.min(band * 0.5, rem * 0.95)}
        radius={[0, 3, 3, 0]}
      >
        {view.rows.map((row) => (
          <Cell key={row.code} fill={row.rising ? INK.accent : BAR} />
        ))}
        <LabelList
          dataKey="thisWeek"
          content={(props) => (
            <ChangeLabel
              {...props}
              rows={view.rows}
              rem={rem}
              left={box.width - rem * 4.9}
              language={language}
            />
          )}
        />
      </Bar>
      <Bar
        dataKey="lastWeek"
        isAnimationActive={false}
        fill={GHOST}
        barSize={Math.min(band * 0.18, rem * 0.35)}
        radius={[0, 2, 2, 0]}
      />
    </BarChart>
  )
})

/**
 * This week's count and the change, in a column of their own right of the bars (a bar's end would collide
 * with a longer last-week bar): "44 ▲ 16" in amber when rising, the change dim otherwise.
 */
function ChangeLabel(props: {
  y?: number | string | undefined
  height?: number | string | undefined
  index?: number | undefined
  rows: readonly CategoryRow[]
  rem: number
  left: number
  language: string
}) {
  const row = props.rows[props.index ?? -1]
  if (!row) return null
  const x = props.left
  const y = Number(props.y) + Number(props.height) / 2
  const delta = row.thisWeek - row.lastWeek
  const change =
    delta === 0 ? '=' : `${delta > 0 ? '▲' : '▼'} ${formatCount(Math.abs(delta), props.language)}`
  return (
    <text x={x} y={y} dominantBaseline="central" fontSize={props.rem} fontFamily="inherit">
      <tspan fill={INK.text} fontWeight={700}>
        {formatCount(row.thisWeek, props.language)}
      </tspan>
      <tspan
        dx={props.rem * 0.35}
        fill={row.rising ? INK.accent : INK.dim}
        fontWeight={row.rising ? 700 : 400}
      >
        {change}
      </tspan>
    </text>
  )
}
