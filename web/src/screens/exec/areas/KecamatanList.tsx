import { EXEC_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { formatCount } from '../../../i18n/format.js'
import { useView } from '../../../panels/common/viewModel.js'
import { ColourBar } from '../common/ColourBar.js'
import { usePeriod } from '../common/usePeriod.js'
import { useExecNav, ViewLink } from '../url/ViewLink.js'
import { moves } from '../url/viewState.js'

import { type AreaRow, selectKecamatanRows } from './selectAreas.js'

/** The 28 kecamatan, the most overdue first; a tap opens one's desa. */
export function KecamatanList() {
  const { t } = useTranslation('exec')
  const { view } = useExecNav()
  const held = usePeriod(view.range)?.held ?? []
  const rows = useView(
    (s) => [s.dashboard?.counters, s.reference] as const,
    (counters, reference) =>
      counters && reference ? selectKecamatanRows({ counters, reference, dates: held }) : [],
    [held.join(',')],
  )
  const scale = Math.max(1, ...rows.map((r) => r.open))
  return (
    <section className="exec-card exec-column" aria-labelledby="exec-areas-title">
      <header className="exec-card-header">
        <h2 id="exec-areas-title">{t('areas.title')}</h2>
        <p className="exec-card-caption">{t('areas.caption', { during: t(`range.during.${view.range}`) })}</p>
      </header>
      <ul className="exec-rows" data-testid={EXEC_IDS.kecamatanList}>
        {rows.map((row) => (
          <li key={row.code}>
            <AreaLink
              row={row}
              scale={scale}
              to={moves.kecamatan(view, row.code)}
              testId={EXEC_IDS.kecamatanRow}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}

/** One area as a link: its name, its overdue and open counts, its colour bar. */
export function AreaLink(props: {
  row: AreaRow
  scale: number
  to: Parameters<typeof ViewLink>[0]['to']
  testId: string
  current?: boolean
}) {
  const { t, i18n } = useTranslation('exec')
  const { row } = props
  const n = (value: number) => formatCount(value, i18n.language)
  return (
    <ViewLink
      to={props.to}
      className={`exec-row${row.open === 0 ? ' is-quiet' : ''}`}
      current={props.current ?? false}
      testId={props.testId}
      code={row.code}
    >
      <span className="exec-row-name">{row.name}</span>
      <span className="exec-row-figures">
        {row.overdue > 0 ? <span className="exec-red">{t('row.overdue', { n: n(row.overdue) })}</span> : null}
        <span>{row.open > 0 ? t('row.open', { n: n(row.open) }) : t('row.none')}</span>
        {row.received !== null ? (
          <span className="exec-dim">{t('row.received', { n: n(row.received) })}</span>
        ) : null}
      </span>
      <ColourBar tally={row.tally} scale={props.scale} />
    </ViewLink>
  )
}
