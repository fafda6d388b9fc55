import { EXEC_IDS } from '@pendopo/shared'
import type { TFunction } from 'i18next'
import { useTranslation } from 'react-i18next'

import { formatCount, formatPercent } from '../../../i18n/format.js'
import { useView } from '../../../panels/common/viewModel.js'
import { type Names, useNames } from '../common/useNames.js'
import { usePeriod } from '../common/usePeriod.js'
import { useExecNav } from '../url/ViewLink.js'

import { type Coverage, type Figure, selectFigures } from './selectFigures.js'

/** The colour a figure is read in: overdue and missed deadlines are the review's red. */
const ACCENT: Partial<Record<Figure['id'], string>> = {
  overdue: 'exec-red',
  breached: 'exec-red',
  onTime: 'exec-green',
}

/** The key figures for the range and the selection, each saying what it covers. */
export function Figures() {
  const { t, i18n } = useTranslation('exec')
  const { view } = useExecNav()
  const period = usePeriod(view.range)
  const names = useNames()
  const held = period?.held ?? []
  // The Friday review ranks OPDs across the regency: its figures are the regency's, or one OPD's.
  const scope = { kecamatan: view.kecamatan, desa: view.desa, opd: view.opd }
  const selected = scope.kecamatan !== null || scope.opd !== null
  const figures = useView(
    (s) => [s.dashboard?.counters] as const,
    (counters) => (counters ? selectFigures({ counters, dates: held, scope }) : []),
    [held.join(','), scope.kecamatan, scope.desa, scope.opd],
  )
  const language = i18n.language
  const during = t(`range.during.${view.range}`)
  return (
    <section className="exec-figures" aria-label={t('figures.label')} data-testid={EXEC_IDS.figures}>
      {figures.map((f) => (
        <div key={f.id} className="exec-figure" data-figure={f.id} data-value={f.value ?? ''}>
          <span className="exec-figure-label">{t(`figure.${f.id}`)}</span>
          <span className={`exec-figure-value ${ACCENT[f.id] ?? ''}`}>
            {f.id === 'onTime' ? formatPercent(f.value, language) : formatCount(f.value ?? 0, language)}
          </span>
          <span className="exec-figure-caption">
            {f.when === 'now' ? t('figure.now') : during}
            {f.id === 'onTime' && f.of !== undefined
              ? ` · ${t('figure.of', { n: formatCount(f.of, language) })}`
              : ''}
          </span>
          {/* With nothing chosen every figure is the regency's; once something is, each says what it covers. */}
          {selected ? <span className="exec-figure-covers">{coverage(f.covers, names, t)}</span> : null}
        </div>
      ))}
    </section>
  )
}

function coverage(covers: Coverage, names: Names, t: TFunction<'exec'>): string {
  switch (covers.kind) {
    case 'regency':
      return t('covers.regency')
    case 'kecamatan':
      return t('covers.kecamatan', { name: names.kecamatan(covers.code) })
    case 'desa':
      return t('covers.desa', { name: names.desa(covers.code) })
    case 'opd':
      return t('covers.opd', { name: names.opd(covers.code) })
  }
}
