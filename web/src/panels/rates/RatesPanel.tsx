import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { memo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, BarChart, LabelList, XAxis, YAxis } from 'recharts'

import { Panel } from '../../components/Panel.js'
import { formatCount, formatPercent } from '../../i18n/format.js'
import { categoryTick } from '../common/CategoryTick.js'
import { INK } from '../common/chartStyle.js'
import { rateWindow } from '../common/datedWindow.js'
import { opdNames } from '../common/opdNames.js'
import type { SceneFilter } from '../common/scene.js'
import { type Box, rowsThatFit, useBox } from '../common/useBox.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import styles from './RatesPanel.module.css'
import { type OpdRates, type Rate, type RatesView, selectRates } from './selectRates.js'

/** An OPD takes two bars with a 1rem value each, and air between OPDs. */
const ROW_REM = 2.6
/** Nobody reads more than this many "worst" OPDs in a 40-second scene. */
const MAX_ROWS = 8
/** The wall's colour language: green = on time, blue = closed (theme/wall.css). */
const ON_TIME = INK.green
const COMPLETION = INK.blue

/**
 * Completion and on-time follow-up, for the regency (or the scene's OPDs) and for the OPDs that do worst on
 * time: the two rates the LAPOR! review asks of a regency.
 */
export function RatesPanel({ filter }: { filter: SceneFilter }) {
  const { t, i18n } = useTranslation('rates')
  const today = useToday()?.day ?? null
  const [chartRef, box] = useBox<HTMLDivElement>()
  const limit = box ? rowsThatFit(box, { rowRem: ROW_REM, fixedRem: 0, wanted: MAX_ROWS }) : 0
  const { opds } = filter
  const view = useView(
    (s) => [s.dashboard?.counters, s.dashboard?.countersSince, s.reference?.opds] as const,
    (counters, since, opdList) =>
      counters && since && opdList && today
        ? selectRates({ counters, window: rateWindow(today, since), names: opdNames(opdList), opds, limit })
        : null,
    [today, limit, filterKey(filter)],
  )
  const language = i18n.language
  const n = (value: number) => formatCount(value, language)
  return (
    <Panel title={t('title')} testId={TEST_IDS.panel.rates}>
      <div className={styles.body}>
        <div className={styles.layout}>
          <div className={styles.stats}>
            <Stat
              className={styles.completion ?? ''}
              label={t('completion')}
              rate={view?.completion ?? null}
              caption={view ? t('completionOf', { n: n(view.completion.n), of: n(view.completion.of) }) : ''}
              language={language}
            />
            <Stat
              className={styles.onTime ?? ''}
              label={t('onTime', { days: view?.days ?? 0 })}
              rate={view?.onTime ?? null}
              caption={view ? t('onTimeOf', { n: n(view.onTime.n), of: n(view.onTime.of) }) : ''}
              language={language}
            />
          </div>
          <div className={styles.list}>
            <div className={styles.heading}>
              <span>{t(opds ? 'scene' : 'worst')}</span>
              <span className={styles.key}>
                <span className={styles.swatch} style={{ background: ON_TIME }} aria-hidden="true" />
                {t('key.onTime')}
              </span>
              <span className={styles.key}>
                <span className={styles.swatch} style={{ background: COMPLETION }} aria-hidden="true" />
                {t('key.completion')}
              </span>
            </div>
            <div ref={chartRef} className={styles.chart}>
              {view && box && view.worst.length > 0 ? (
                <OpdChart rows={view.worst} box={box} language={language} />
              ) : null}
              {view && box && limit > 0 && view.worst.length === 0 ? (
                <p className={styles.empty}>{t('none')}</p>
              ) : null}
            </div>
          </div>
        </div>
      </div>
    </Panel>
  )
}

function Stat(props: {
  className: string
  label: string
  rate: Rate | null
  caption: string
  language: string
}) {
  return (
    <div className={`${styles.stat} ${props.className}`}>
      <div className={styles.label} title={props.label}>
        {props.label}
      </div>
      <div className={styles.number}>{formatPercent(props.rate?.share ?? null, props.language)}</div>
      <div className={styles.caption}>{props.caption}</div>
    </div>
  )
}

type Row = OpdRates & { onTimeShare: number; completionShare: number }

/** Memoised: the panel's clock ticks every 30 s, the chart redraws only for new rows or size. */
const OpdChart = memo(function OpdChart({
  rows,
  box,
  language,
}: {
  rows: RatesView['worst']
  box: Box
  language: string
}) {
  const { rem } = box
  const labelWidth = Math.min(box.width * 0.4, rem * 10)
  const height = Math.min(box.height, rows.length * rem * ROW_REM * 1.15)
  const data: Row[] = rows.map((r) => ({
    ...r,
    onTimeShare: r.onTime.share ?? 0,
    completionShare: r.completion.share ?? 0,
  }))
  const bar = Math.min((height / rows.length) * 0.36, rem * 0.85)
  const percent = (v: unknown, row: Rate | undefined) =>
    row?.share === null ? '–' : formatPercent(Number(v), language)
  return (
    <BarChart
      width={box.width}
      height={height}
      data={data}
      layout="vertical"
      margin={{ top: 0, right: rem * 3.2, bottom: 0, left: 0 }}
      barGap={rem * 0.1}
      barCategoryGap="18%"
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
      <Bar
        dataKey="onTimeShare"
        fill={ON_TIME}
        barSize={bar}
        radius={[0, 3, 3, 0]}
        minPointSize={2}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="onTimeShare"
          content={(p) => <Value {...p} rem={rem} text={percent(p.value, data[p.index ?? -1]?.onTime)} />}
        />
      </Bar>
      <Bar
        dataKey="completionShare"
        fill={COMPLETION}
        barSize={bar}
        radius={[0, 3, 3, 0]}
        minPointSize={2}
        isAnimationActive={false}
      >
        <LabelList
          dataKey="completionShare"
          content={(p) => <Value {...p} rem={rem} text={percent(p.value, data[p.index ?? -1]?.completion)} />}
        />
      </Bar>
    </BarChart>
  )
})

function Value(props: {
  x?: number | string | undefined
  y?: number | string | undefined
  width?: number | string | undefined
  height?: number | string | undefined
  rem: number
  text: string
}) {
  const x = Number(props.x) + Number(props.width) + props.rem * 0.3
  const y = Number(props.y) + Number(props.height) / 2
  return (
    <text
      x={x}
      y={y}
      dominantBaseline="central"
      fill={INK.text}
      fontSize={props.rem}
      fontFamily="inherit"
      fontWeight={600}
    >
      {props.text}
    </text>
  )
}
