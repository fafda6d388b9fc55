import './strings.js'

import { TEST_IDS } from '@pendopo/shared'
import { memo, useMemo } from 'react'
import { useTranslation } from 'react-i18next'
import { Bar, CartesianGrid, ComposedChart, Line, XAxis, YAxis } from 'recharts'

import { Panel } from '../../components/Panel.js'
import { dateFormat, formatCount } from '../../i18n/format.js'
import { INK, tickStyle } from '../common/chartStyle.js'
import { datesBack } from '../common/datedWindow.js'
import type { SceneFilter } from '../common/scene.js'
import { type Box, useBox } from '../common/useBox.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import styles from './ChannelHoursPanel.module.css'
import { AREA, type ChannelHoursView, OTHER, selectChannelHours } from './selectChannelHours.js'

/** Each channel keeps its colour whatever its rank today, so a wall watched all day reads the same. */
const CHANNEL_COLOURS: Readonly<Record<string, string>> = {
  lapor: '#a78bfa',
  whatsapp: '#2dd4bf',
  sms1708: '#fb923c',
  social: '#f472b6',
  web: '#38bdf8',
  radio: '#e879f9',
  dialog_jumat: '#fde68a',
  sambang_desa: '#a3e635',
  sapa_bupati: '#fca5a5',
  ppid: '#67e8f9',
  [OTHER]: '#64748b',
  [AREA]: '#2dd4bf',
}
const colourOf = (code: string): string => CHANNEL_COLOURS[code] ?? CHANNEL_COLOURS[OTHER] ?? INK.dim
const HOUR_TICKS = [0, 3, 6, 9, 12, 15, 18, 21]

/**
 * Today's complaints hour by hour (WIB), stacked by channel, with the same weekday last week as a dashed
 * line: is today busier than usual, and through which door are people coming?
 */
export function ChannelHoursPanel({ filter }: { filter: SceneFilter }) {
  const { t, i18n } = useTranslation('channel-hours')
  const now = useToday()
  const [chartRef, box] = useBox<HTMLDivElement>()
  const language = i18n.language
  const { kecamatan, opds } = filter
  const otherName = t('other')
  const areaName = t('area')
  const view = useView(
    (s) => [s.dashboard?.counters, s.reference?.channels] as const,
    (counters, channels) => {
      if (!counters || !channels || !now) return null
      const named = channels.map((c) => ({ code: c.code, name: language === 'en' ? c.nameEn : c.name }))
      const lastWeek = datesBack(now.day, 8)[0] ?? now.day
      const hour = Number(now.hour.slice(11, 13))
      return selectChannelHours({
        counters,
        today: now.day,
        lastWeek,
        hour,
        channels: named,
        otherName,
        areaName,
        kecamatan,
        opds,
      })
    },
    [now?.day, now?.hour, language, otherName, areaName, filterKey(filter)],
  )
  const weekday = now
    ? dateFormat(language, { weekday: 'long', timeZone: 'UTC' }).format(new Date(`${now.day}T12:00:00Z`))
    : ''
  const aside = view
    ? t('vsLastWeek', {
        today: formatCount(view.todaySoFar, language),
        last: formatCount(view.lastWeekSoFar, language),
        weekday,
      })
    : null
  return (
    <Panel title={t(kecamatan ? 'title.area' : 'title')} testId={TEST_IDS.panel.channelHours} aside={aside}>
      <div className={styles.body}>
        <div ref={chartRef} className={styles.chart}>
          {view && box && box.width > 0 && box.height > 0 ? <HoursChart view={view} box={box} /> : null}
        </div>
        {view ? <Legend view={view} weekday={weekday} /> : null}
      </div>
    </Panel>
  )
}

/** Memoised: the panel's clock ticks every 30 s, the chart redraws only for a new view model or size. */
const HoursChart = memo(function HoursChart({ view, box }: { view: ChannelHoursView; box: Box }) {
  // 24 rows of at most 5 bars and a line: far under the 600 points a series may plot.
  const data = useMemo(
    () =>
      view.hours.map((row) => ({
        hour: row.hour,
        lastWeek: row.lastWeek,
        ...Object.fromEntries(view.series.map((s, i) => [s.code, row.values?.[i]])),
      })),
    [view],
  )
  const tick = tickStyle(box.rem)
  return (
    <ComposedChart
      width={box.width}
      height={box.height}
      data={data}
      margin={{ top: box.rem * 0.4, right: 4, bottom: 0, left: 0 }}
      barCategoryGap="12%"
    >
      <CartesianGrid vertical={false} stroke={INK.grid} />
      <XAxis
        dataKey="hour"
        ticks={HOUR_TICKS}
        interval={0}
        tickFormatter={(h: number) => String(h).padStart(2, '0')}
        tick={tick}
        tickLine={false}
        axisLine={{ stroke: INK.edge }}
        height={box.rem * 1.4}
      />
      <YAxis
        allowDecimals={false}
        tickCount={4}
        tick={tick}
        tickLine={false}
        axisLine={false}
        width={box.rem * 2.2}
      />
      {view.series.map((s, i) => (
        <Bar
          key={s.code}
          dataKey={s.code}
          stackId="today"
          fill={colourOf(s.code)}
          isAnimationActive={false}
          radius={i === view.series.length - 1 ? [3, 3, 0, 0] : 0}
        />
      ))}
      <Line
        dataKey="lastWeek"
        type="monotone"
        stroke={INK.text}
        strokeWidth={box.rem * 0.1}
        strokeDasharray={`${box.rem * 0.3} ${box.rem * 0.2}`}
        dot={false}
        isAnimationActive={false}
      />
    </ComposedChart>
  )
})

const Legend = memo(function Legend({ view, weekday }: { view: ChannelHoursView; weekday: string }) {
  const { t, i18n } = useTranslation('channel-hours')
  const totals = view.series.map((_, i) => view.hours.reduce((sum, row) => sum + (row.values?.[i] ?? 0), 0))
  return (
    <ul className={styles.legend}>
      {view.series.map((s, i) => (
        <li key={s.code} className={styles.key}>
          <span className={styles.swatch} style={{ background: colourOf(s.code) }} aria-hidden="true" />
          <span className={styles.name}>{s.name}</span>
          <span className={styles.count}>{formatCount(totals[i] ?? 0, i18n.language)}</span>
        </li>
      ))}
      <li className={`${styles.key} ${styles.lastWeek}`}>
        <span className={styles.line} aria-hidden="true" />
        <span className={styles.name}>{t('lastWeek', { weekday })}</span>
        <span className={styles.count}>{formatCount(view.lastWeekSoFar, i18n.language)}</span>
      </li>
      {view.regencyWide ? <li className={styles.note}>{t('regencyWide')}</li> : null}
    </ul>
  )
})
