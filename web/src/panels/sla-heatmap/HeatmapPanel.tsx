import './strings.js'

import { type DashboardState, type ReferenceData, TEST_IDS } from '@pendopo/shared'
import { memo, type ReactNode } from 'react'
import { useTranslation } from 'react-i18next'

import { Panel } from '../../components/Panel.js'
import { dateFormat, formatCount } from '../../i18n/format.js'
import { workingDaysBack } from '../common/counters.js'
import { opdNames } from '../common/opdNames.js'
import type { SceneFilter } from '../common/scene.js'
import { rowsThatFit, useBox } from '../common/useBox.js'
import { useFlash } from '../common/useFlash.js'
import { useToday } from '../common/useToday.js'
import { filterKey, useView } from '../common/viewModel.js'

import styles from './HeatmapPanel.module.css'
import {
  type HeatCell,
  type HeatColour,
  type HeatmapView,
  selectHeatmapDays,
  selectHeatmapStages,
} from './selectHeatmap.js'

/** The Friday review looks back two working weeks. */
const DAYS = 10
/** A row needs 1.4rem (a 1rem label and a little air) plus the gap. */
const ROW_REM = 1.55
/** The column header: one line (day of month), two (weekday above it, or a stage name that wraps). */
const HEAD_REM = { one: 1.45, two: 2.65 } as const
/** From this width a day column is wide enough (about 3rem) to say its weekday too. */
const WEEKDAY_MIN_REM = 36
const LEGEND: readonly HeatColour[] = ['red', 'yellow', 'green', 'blue']

type View = 'days' | 'stages'

/**
 * The Friday review at a glance: OPDs × the last ten working days (or × lifecycle stages), each cell the
 * complaints it holds, coloured by the worst of them now; the OPDs with the most overdue on top.
 */
export function HeatmapPanel({ filter, rows, view }: { filter: SceneFilter; rows: number; view: View }) {
  const { t, i18n } = useTranslation('sla-heatmap')
  const [fitRef, box] = useBox<HTMLDivElement>()
  const weekdays = box !== null && box.width >= WEEKDAY_MIN_REM * box.rem
  const head = view === 'stages' || weekdays ? HEAD_REM.two : HEAD_REM.one
  const limit = box ? rowsThatFit(box, { rowRem: ROW_REM, fixedRem: head, wanted: rows }) : 0
  const today = useToday()?.day ?? null
  const queueName = t('queue')
  const opds = filter.opds
  const model = useView(
    (s) => [s.dashboard, s.reference] as const,
    (dashboard, reference) =>
      dashboard && reference && today
        ? heatmapOf({ dashboard, reference, today, view, opds, queueName, limit })
        : null,
    [today, view, filterKey(filter), queueName, limit],
  )
  // The days view counts only its ten days' cohorts; a total "overdue" there would contradict the overdue
  // tile beside it, so it names its dates instead. The stages view holds every complaint: its total is whole.
  let aside: ReactNode = null
  if (model && view === 'days') aside = dateRange(model.columns, i18n.language)
  else if (model && model.overdue > 0)
    aside = <span className="sla-red">{t('overdueTotal', { count: model.overdue })}</span>
  return (
    <Panel title={t(`title.${view}`)} testId={TEST_IDS.panel.heatmap} aside={aside}>
      <div className={styles.body}>
        <div ref={fitRef} className={styles.fit}>
          {model && model.rows.length > 0 ? (
            <Grid
              model={model}
              view={view}
              today={today}
              weekdays={weekdays}
              headRem={head}
              language={i18n.language}
            />
          ) : null}
          {model && model.rows.length === 0 && limit > 0 ? (
            <p className={styles.empty}>{t('empty')}</p>
          ) : null}
        </div>
        <div className={styles.legend}>
          {LEGEND.map((colour) => (
            <span key={colour} className={styles.key}>
              <span className={`${styles.swatch} ${styles[colour]}`} aria-hidden="true" />
              {t(`legend.${colour}`)}
            </span>
          ))}
          {model && model.hidden > 0 ? (
            <span className={styles.more}>{t('more', { count: model.hidden })}</span>
          ) : null}
        </div>
      </div>
    </Panel>
  )
}

function heatmapOf(args: {
  dashboard: DashboardState
  reference: ReferenceData
  today: string
  view: View
  opds: readonly string[] | undefined
  queueName: string
  limit: number
}): HeatmapView {
  const { dashboard, reference, today, view, opds, queueName, limit } = args
  const input = { counters: dashboard.counters, names: opdNames(reference.opds), queueName, opds, limit }
  if (view === 'stages') return selectHeatmapStages(input)
  // Local noon of today: the calendar steps back whole days from it, clear of any midnight.
  const noon = Date.parse(`${today}T12:00:00Z`) - dashboard.utcOffsetMs
  return selectHeatmapDays({ ...input, days: workingDaysBack(dashboard, noon, DAYS) })
}

/** Memoised: the panel's clock ticks every 30 s, the grid redraws only for a new view model. */
const Grid = memo(function Grid(props: {
  model: HeatmapView
  view: View
  today: string | null
  weekdays: boolean
  headRem: number
  language: string
}) {
  const { model, view, today, weekdays, language } = props
  const { t } = useTranslation('sla-heatmap')
  const flash = useFlash()
  const columns = `minmax(0, clamp(7.5rem, 34%, 13rem)) repeat(${model.columns.length}, minmax(0, 1fr))`
  // Rows grow to fill the panel, but not into slabs: past 2.3rem the spare height stays below.
  // The header's height is the one the rows were counted with: an `auto` track of clipped text may collapse.
  const rows = `${props.headRem - 0.15}rem repeat(${model.rows.length}, minmax(1.4rem, 2.3rem))`
  return (
    <div
      className={styles.grid}
      style={{ gridTemplateColumns: columns, gridTemplateRows: rows }}
      role="table"
    >
      <div role="columnheader" />
      {model.columns.map((column) =>
        view === 'days' ? (
          <DayHead
            key={column}
            date={column}
            isToday={column === today}
            weekday={weekdays}
            language={language}
          />
        ) : (
          <div key={column} role="columnheader" className={`${styles.head} ${styles.stage}`}>
            {t(`stage.${column}`)}
          </div>
        ),
      )}
      {model.rows.map((row) => (
        <div key={row.code} role="row" style={{ display: 'contents' }}>
          <div role="rowheader" className={styles.name} title={row.name}>
            <span className={styles.label}>{row.name}</span>
            {row.overdue > 0 ? (
              <span className={styles.pill}>{formatCount(row.overdue, language)}</span>
            ) : null}
          </div>
          {row.cells.map((cell, i) => {
            const id = `${row.code}:${model.columns[i] ?? i}`
            const at = flash(id, `${cell.n}:${cell.colour ?? ''}`)
            return (
              <Cell
                key={`${id}@${at ?? 0}`}
                cell={cell}
                flashing={at !== null}
                max={MAX_SHOWN[view]}
                language={language}
              />
            )
          })}
        </div>
      ))}
    </div>
  )
})

/** `10 Nov – 23 Nov` for the first and last of the days shown. */
function dateRange(days: readonly string[], language: string): string | null {
  const [first, last] = [days[0], days.at(-1)]
  if (!first || !last) return null
  const format = dateFormat(language, { day: 'numeric', month: 'short', timeZone: 'UTC' })
  return `${format.format(new Date(`${first}T12:00:00Z`))} – ${format.format(new Date(`${last}T12:00:00Z`))}`
}

function DayHead(props: { date: string; isToday: boolean; weekday: boolean; language: string }) {
  const day = new Date(`${props.date}T12:00:00Z`)
  return (
    <div role="columnheader" className={`${styles.head} ${props.isToday ? styles.today : ''}`}>
      {props.weekday ? (
        <span>{dateFormat(props.language, { weekday: 'short', timeZone: 'UTC' }).format(day)}</span>
      ) : null}
      <span>{day.getUTCDate()}</span>
    </div>
  )
}

/** Three digits do not fit a day cell at 1rem (ten of them share a third of the wall); stage cells are wide. */
const MAX_SHOWN = { days: 99, stages: 99_999 } as const

function Cell({
  cell,
  flashing,
  max,
  language,
}: {
  cell: HeatCell
  flashing: boolean
  max: number
  language: string
}) {
  const colour = cell.colour ? styles[cell.colour] : styles.none
  return (
    <div role="cell" className={`${styles.cell} ${colour} ${flashing ? styles.flash : ''}`}>
      {cell.n === 0 ? '' : cell.n > max ? `${formatCount(max, language)}+` : formatCount(cell.n, language)}
    </div>
  )
}
