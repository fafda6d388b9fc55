import { EXEC_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { useView } from '../../../panels/common/viewModel.js'
import { useNames } from '../common/useNames.js'
import { useScrollToCurrent } from '../common/useScrollToCurrent.js'
import { useExecNav, ViewLink } from '../url/ViewLink.js'
import { moves } from '../url/viewState.js'

import { AreaLink } from './KecamatanList.js'
import { selectDesaRows } from './selectAreas.js'

/** The desa of one kecamatan with their open complaints by colour; a tap lists a desa's complaints. */
export function DesaList({ kecamatan }: { kecamatan: string }) {
  const { t } = useTranslation('exec')
  const { view } = useExecNav()
  const names = useNames()
  const rows = useView(
    (s) => [s.dashboard?.counters, s.reference] as const,
    (counters, reference) =>
      counters && reference ? selectDesaRows({ counters, reference, kecamatan }) : [],
    [kecamatan],
  )
  const scale = Math.max(1, ...rows.map((r) => r.open))
  const list = useScrollToCurrent<HTMLUListElement>(rows.length > 0 ? view.desa : null)
  return (
    <section className="exec-card exec-column" aria-labelledby="exec-desa-title">
      <header className="exec-card-header">
        <ViewLink to={moves.kecamatan(view, null)} className="exec-back">
          <span aria-hidden="true">←</span> {t('areas.all')}
        </ViewLink>
        <h2 id="exec-desa-title">{t('desa.title', { name: names.kecamatan(kecamatan) })}</h2>
        <p className="exec-card-caption">{t('desa.caption')}</p>
      </header>
      {rows.length === 0 ? <p className="exec-empty">{t('notFound')}</p> : null}
      <ul className="exec-rows" data-testid={EXEC_IDS.desaList} ref={list}>
        {rows.map((row) => (
          <li key={row.code}>
            <AreaLink
              row={row}
              scale={scale}
              to={moves.desa(view, row.code)}
              testId={EXEC_IDS.desaRow}
              current={view.desa === row.code}
            />
          </li>
        ))}
      </ul>
    </section>
  )
}
