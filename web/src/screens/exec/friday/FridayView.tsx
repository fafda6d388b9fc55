import { EXEC_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { formatCount, formatPercent, numberFormat } from '../../../i18n/format.js'
import { useView } from '../../../panels/common/viewModel.js'
import type { Rate } from '../../../panels/rates/selectRates.js'
import { formatDay } from '../common/format.js'
import { useNames } from '../common/useNames.js'
import { usePeriod } from '../common/usePeriod.js'
import { useScrollToCurrent } from '../common/useScrollToCurrent.js'
import { ComplaintList } from '../complaints/ComplaintList.js'
import { comparisonDates } from '../url/ranges.js'
import { useExecNav, ViewLink } from '../url/ViewLink.js'
import { moves } from '../url/viewState.js'

import { type FridayRow, selectFriday } from './selectFriday.js'

/**
 * The Friday review on a tablet: OPDs ranked by on-time follow-up in the range, lowest first, with what is
 * overdue now and the change against the same days last week. A tap lists an OPD's complaints beside it.
 */
export function FridayView() {
  const { view } = useExecNav()
  return (
    <div className={view.opd ? 'exec-columns exec-columns-friday' : 'exec-columns exec-columns-one'}>
      <FridayTable />
      {view.opd ? <ComplaintList /> : null}
    </div>
  )
}

function FridayTable() {
  const { t, i18n } = useTranslation('exec')
  const { view } = useExecNav()
  const names = useNames()
  const period = usePeriod(view.range)
  const held = period?.held ?? []
  const before = period ? comparisonDates(period.dates, period.countersSince) : null
  const result = useView(
    (s) => [s.dashboard?.counters] as const,
    (counters) => (counters ? selectFriday({ counters, names: names.opdNames, dates: held, before }) : null),
    [held.join(','), before?.join(',') ?? '', names],
  )
  const language = i18n.language
  const during = t(`range.during.${view.range}`)
  const days =
    held.length > 0
      ? held.length === 1
        ? formatDay(held[0] ?? '', language)
        : `${formatDay(held[0] ?? '', language)} – ${formatDay(held.at(-1) ?? '', language)}`
      : ''
  const compact = view.opd !== null
  const scroller = useScrollToCurrent<HTMLDivElement>(result && result.rows.length > 0 ? view.opd : null)
  return (
    <section
      className="exec-card exec-column"
      aria-labelledby="exec-friday-title"
      data-testid={EXEC_IDS.friday}
    >
      <header className="exec-card-header">
        <h2 id="exec-friday-title">{t('friday.title')}</h2>
        <p className="exec-card-caption">
          {days ? `${days}. ` : ''}
          {before ? t('friday.caption', { during }) : t('friday.captionNoCompare', { during })}
        </p>
        {result ? (
          <p className="exec-friday-total">
            <span>{t('friday.total')}</span>
            <strong className="exec-green">{formatPercent(result.onTime.share, language)}</strong>
            <Change change={result.change} />
            <span className="exec-red">
              {t('friday.redOf', { n: formatCount(result.overdue, language) })}
            </span>
          </p>
        ) : null}
      </header>
      <div className="exec-scroll" ref={scroller}>
        <table className={`exec-table exec-friday-table${compact ? ' is-compact' : ''}`}>
          <thead>
            <tr>
              <th scope="col">{t('friday.col.opd')}</th>
              <th scope="col" className="exec-num">
                {t('friday.col.onTime')}
              </th>
              <th scope="col" className="exec-num">
                {t('friday.col.change')}
              </th>
              <th scope="col" className="exec-num">
                {t(compact ? 'opds.col.overdue' : 'friday.col.overdue')}
              </th>
              {compact ? null : (
                <>
                  <th scope="col" className="exec-num">
                    {t('friday.col.breached')}
                  </th>
                  <th scope="col" className="exec-num">
                    {t('friday.col.dispositioned')}
                  </th>
                </>
              )}
            </tr>
          </thead>
          <tbody>
            {result?.rows.map((row) => (
              <Row key={row.code} row={row} compact={compact} current={view.opd === row.code} />
            ))}
          </tbody>
        </table>
        {result && result.rows.length === 0 ? <p className="exec-empty">{t('friday.empty')}</p> : null}
      </div>
    </section>
  )
}

function Row({ row, compact, current }: { row: FridayRow; compact: boolean; current: boolean }) {
  const { t, i18n } = useTranslation('exec')
  const { view } = useExecNav()
  const language = i18n.language
  const n = (value: number) => formatCount(value, language)
  return (
    <tr
      data-testid={EXEC_IDS.fridayRow}
      data-code={row.code}
      data-on-time={row.onTime.share ?? ''}
      data-follow-ups={row.onTime.of}
      data-change={row.change ?? ''}
      className={current ? 'is-current' : undefined}
    >
      <th scope="row">
        <ViewLink to={moves.opd(view, current ? null : row.code)} className="exec-rowlink" current={current}>
          <span className="exec-cell-name">{row.name}</span>
        </ViewLink>
        <RateBar rate={row.onTime} />
      </th>
      <td className="exec-num">
        <span className="exec-strong">{formatPercent(row.onTime.share, language)}</span>
        <span className="exec-sub">
          {row.onTime.of > 0
            ? t('friday.of', { n: n(row.onTime.n), of: n(row.onTime.of) })
            : t('friday.none')}
        </span>
      </td>
      <td className="exec-num">
        <Change change={row.change} />
        {row.before?.share !== null && row.before !== null ? (
          <span className="exec-sub">
            {t('friday.before', { value: formatPercent(row.before.share, language) })}
          </span>
        ) : null}
      </td>
      <td className={`exec-num ${row.overdue > 0 ? 'exec-red exec-strong' : 'exec-dim'}`}>
        {n(row.overdue)}
      </td>
      {compact ? null : (
        <>
          <td className="exec-num">
            {n(row.breached)}
            {row.breachedBefore !== null ? (
              <span className="exec-sub">{t('friday.before', { value: n(row.breachedBefore) })}</span>
            ) : null}
          </td>
          <td className="exec-num">
            {n(row.dispositioned)}
            {row.dispositionedOverdue > 0 ? (
              <span className="exec-sub exec-red">
                {t('friday.redOf', { n: n(row.dispositionedOverdue) })}
              </span>
            ) : null}
          </td>
        </>
      )}
    </tr>
  )
}

/** The change in points, with an arrow and a word: never colour alone. */
function Change({ change }: { change: number | null }) {
  const { t, i18n } = useTranslation('exec')
  if (change === null) return <span className="exec-dim">–</span>
  const points = Math.round(change * 100)
  if (points === 0) return <span className="exec-dim">{t('friday.same')}</span>
  const text = t('friday.points', {
    sign: points > 0 ? '+' : '−',
    points: numberFormat(i18n.language).format(Math.abs(points)),
  })
  return (
    <span className={points > 0 ? 'exec-green exec-change' : 'exec-red exec-change'}>
      <span aria-hidden="true">{points > 0 ? '▲' : '▼'} </span>
      {text}
    </span>
  )
}

function RateBar({ rate }: { rate: Rate }) {
  return (
    <span className="exec-bar" aria-hidden="true">
      <span className="exec-bar-fill exec-bg-green" style={{ width: `${(rate.share ?? 0) * 100}%` }} />
    </span>
  )
}
