import { EXEC_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { formatCount, formatPercent } from '../../../i18n/format.js'
import { useView } from '../../../panels/common/viewModel.js'
import { ColourBar } from '../common/ColourBar.js'
import { useNames } from '../common/useNames.js'
import { usePeriod } from '../common/usePeriod.js'
import { useExecNav, ViewLink } from '../url/ViewLink.js'
import { moves } from '../url/viewState.js'

import { selectOpdRows } from './selectOpdRows.js'

/** The OPDs with something open or done: open by colour, overdue, on time and closed in the range. */
export function OpdTable() {
  const { t, i18n } = useTranslation('exec')
  const { view } = useExecNav()
  const names = useNames()
  const held = usePeriod(view.range)?.held ?? []
  const queueName = t('opds.queue')
  const rows = useView(
    (s) => [s.dashboard?.counters] as const,
    (counters) =>
      counters ? selectOpdRows({ counters, names: names.opdNames, queueName, dates: held }) : [],
    [held.join(','), names, queueName],
  )
  const scale = Math.max(1, ...rows.map((r) => r.open))
  const n = (value: number) => formatCount(value, i18n.language)
  return (
    <section className="exec-card exec-column" aria-labelledby="exec-opds-title">
      <header className="exec-card-header">
        <h2 id="exec-opds-title">{t('opds.title')}</h2>
        <p className="exec-card-caption">{t('opds.caption', { during: t(`range.during.${view.range}`) })}</p>
      </header>
      <div className="exec-scroll">
        <table className="exec-table" data-testid={EXEC_IDS.opdTable}>
          <thead>
            <tr>
              <th scope="col">{t('opds.col.opd')}</th>
              <th scope="col" className="exec-num">
                {t('opds.col.overdue')}
              </th>
              <th scope="col" className="exec-num">
                {t('opds.col.open')}
              </th>
              <th scope="col" className="exec-num">
                {t('opds.col.onTime')}
              </th>
              <th scope="col" className="exec-num">
                {t('opds.col.closed')}
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.code} data-testid={EXEC_IDS.opdRow} data-code={row.code}>
                <th scope="row">
                  <ViewLink to={moves.opd(view, row.code)} className="exec-rowlink">
                    <span className="exec-cell-name">{row.name}</span>
                  </ViewLink>
                  <ColourBar tally={row.tally} scale={scale} />
                </th>
                <td className={`exec-num ${row.overdue > 0 ? 'exec-red' : 'exec-dim'}`}>{n(row.overdue)}</td>
                <td className="exec-num">{n(row.open)}</td>
                <td className="exec-num">{formatPercent(row.onTime.share, i18n.language)}</td>
                <td className="exec-num">{n(row.closed)}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="exec-empty">{t('opds.empty')}</p> : null}
      </div>
    </section>
  )
}
