import { EXEC_IDS, type QueueItem } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { useNow } from '../../../components/useNow.js'
import { formatCount } from '../../../i18n/format.js'
import { formatWhen } from '../common/format.js'
import { type Names, useNames } from '../common/useNames.js'
import { usePeriod } from '../common/usePeriod.js'
import { useExecNav, ViewLink } from '../url/ViewLink.js'
import { type ExecView, LIST_KINDS, type ListKind, moves } from '../url/viewState.js'

import { listPaths, scopeOf } from './queue.js'
import { StatePill } from './StatePill.js'
import { type QueueState, useQueue } from './useQueue.js'

/** "Overdue since" replaces "due" within this long of the deadline passing. */
const DUE_TICK_MS = 30_000

/**
 * The complaints of the chosen area and/or OPD: open now (what the colour bars count), or received in the
 * range. Both counts are always shown, so switching is never a guess. Rows follow the live events.
 */
export function ComplaintList() {
  const { t } = useTranslation('exec')
  const { view } = useExecNav()
  const period = usePeriod(view.range)
  const scope = scopeOf(view)
  const range = period?.instants ?? null
  const paths = (kind: ListKind, limit?: number) =>
    period ? listPaths(scope, kind, { range, ...(limit ? { limit } : {}) }) : []
  const other: ListKind = view.list === 'open' ? 'received' : 'open'
  const shown = useQueue(paths(view.list), scope)
  // The other tab's count only: one row per query is enough to learn the totals.
  const counted = useQueue(paths(other, 1), scope)
  const totals = (kind: ListKind) => totalOf(kind === view.list ? shown.state : counted.state)
  return (
    <section className="exec-card exec-column" aria-labelledby="exec-list-title">
      <header className="exec-card-header">
        <h2 id="exec-list-title">{t('list.title')}</h2>
        <Filters view={view} />
        <div className="exec-range exec-list-kinds" role="group" aria-label={t('list.title')}>
          {LIST_KINDS.map((kind) => (
            <ViewLink
              key={kind}
              to={moves.list(view, kind)}
              className="exec-segment"
              current={view.list === kind}
              code={kind}
            >
              {kind === 'open'
                ? t('list.open')
                : t('list.received', { range: t(`range.short.${view.range}`) })}
              <Count total={totals(kind)} />
            </ViewLink>
          ))}
        </div>
      </header>
      <Rows state={shown.state} view={view} more={shown.more} />
    </section>
  )
}

const totalOf = (s: QueueState): number | null => (s.status === 'ready' ? s.total : null)

function Count({ total }: { total: number | null }) {
  const { i18n } = useTranslation()
  return total === null ? null : <span className="exec-count">{formatCount(total, i18n.language)}</span>
}

/** What the list is narrowed to, each removable with one tap. */
function Filters({ view }: { view: ExecView }) {
  const { t } = useTranslation('exec')
  const names = useNames()
  const chips: Array<{ key: string; name: string; to: ExecView }> = []
  if (view.kecamatan && !view.desa)
    chips.push({
      key: 'kecamatan',
      name: t('covers.kecamatan', { name: names.kecamatan(view.kecamatan) }),
      to: moves.kecamatan(view, null),
    })
  if (view.desa)
    chips.push({
      key: 'desa',
      name: `${names.desa(view.desa)}, ${t('covers.kecamatan', { name: names.kecamatan(view.kecamatan ?? '') })}`,
      to: moves.desa(view, null),
    })
  if (view.opd) chips.push({ key: 'opd', name: names.opd(view.opd), to: moves.opd(view, null) })
  return (
    <ul className="exec-chips" aria-label={t('list.filters')}>
      {chips.map((chip) => (
        <li key={chip.key}>
          <ViewLink
            to={chip.to}
            className="exec-chip"
            label={t('list.remove', { name: chip.name })}
            code={chip.key}
          >
            <span>{chip.name}</span>
            <span className="exec-chip-x" aria-hidden="true">
              ×
            </span>
          </ViewLink>
        </li>
      ))}
    </ul>
  )
}

function Rows({ state, view, more }: { state: QueueState; view: ExecView; more: (() => void) | null }) {
  const { t, i18n } = useTranslation('exec')
  const names = useNames()
  const now = useNow(DUE_TICK_MS)
  const during = t(`range.during.${view.range}`)
  if (state.status === 'loading')
    return (
      <p className="exec-empty" role="status">
        {t('loading')}
      </p>
    )
  if (state.status === 'error')
    return (
      <p className="exec-empty" role="alert">
        {state.httpStatus === 403 ? t('list.forbidden') : t('list.error', { error: state.error })}
      </p>
    )
  const n = (value: number) => formatCount(value, i18n.language)
  return (
    <div className="exec-scroll">
      <p className="exec-card-caption" aria-live="polite">
        {t('list.count', { shown: n(state.items.length), total: n(state.total) })}
      </p>
      {state.items.length === 0 ? (
        <p className="exec-empty">
          {view.list === 'open' ? t('list.empty.open') : t('list.empty.received', { during })}
        </p>
      ) : null}
      <ul className="exec-rows" data-testid={EXEC_IDS.complaintList}>
        {state.items.map((item) => (
          <li key={item.id}>
            <ComplaintRow item={item} view={view} names={names} now={now} />
          </li>
        ))}
      </ul>
      {more ? (
        <button type="button" className="exec-button exec-more" onClick={more}>
          {t('list.more')}
        </button>
      ) : null}
    </div>
  )
}

function ComplaintRow(props: { item: QueueItem; view: ExecView; names: Names; now: number }) {
  const { item, view, names } = props
  const { t, i18n } = useTranslation('exec')
  const language = i18n.language
  const overdue = item.dueAt !== null && Date.parse(item.dueAt) < props.now
  const place = `${names.desa(item.desaCode)}, ${names.kecamatan(item.kecamatanCode)}`
  return (
    <ViewLink
      to={moves.complaint(view, item.id)}
      className={`exec-row exec-complaint is-${item.colour}`}
      current={view.complaint === item.id}
      testId={EXEC_IDS.complaintRow}
      code={item.trackingId}
      data={{
        id: item.id,
        state: item.state,
        colour: item.colour,
        version: item.version,
        desa: item.desaCode,
      }}
    >
      <span className="exec-complaint-top">
        <span className="exec-tracking">#{item.trackingId}</span>
        <StatePill state={item.state} colour={item.colour} version={item.version} />
      </span>
      <span className="exec-complaint-title">
        {item.title ?? <em className="exec-dim">{t('list.confidential')}</em>}
      </span>
      <span className="exec-complaint-meta">
        {names.category(item.category)} · {place}
        {item.opd ? ` · ${names.opd(item.opd)}` : ''}
      </span>
      <span className="exec-complaint-meta">
        {t('list.received.at', { when: formatWhen(item.receivedAt, language) })}
        {item.dueAt ? (
          <span className={overdue ? 'exec-red' : ''}>
            {' · '}
            {t(overdue ? 'list.overdueSince' : 'list.due', { when: formatWhen(item.dueAt, language) })}
          </span>
        ) : null}
      </span>
    </ViewLink>
  )
}
