import './ComplaintScreen.css'

import { OPS_IDS } from '@pendopo/shared'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'

import { useWall } from '../../../store/WallProvider.js'
import { ActionPanel } from '../actions/ActionPanel.js'
import { actionForKey, availableActions } from '../actions/availableActions.js'
import { useActionFlow } from '../actions/useActionFlow.js'
import { namesOf } from '../common/names.js'
import { useShortcuts } from '../keyboard/useShortcuts.js'
import { useOps } from '../OpsContext.js'
import { indexOfRows } from '../queue/queueStore.js'
import { navigate, urlOf } from '../route.js'

import type { ComplaintDetail } from './complaintApi.js'
import { ComplaintHeader } from './ComplaintHeader.js'
import { Countdowns } from './Countdowns.js'
import { MiniMap } from './MiniMap.js'
import { Timeline } from './Timeline.js'
import { Transfers } from './Transfers.js'
import { useComplaint } from './useComplaint.js'

/** `/ops/complaints/<id>`: one complaint, its clocks, its trail, and what can be done about it. */
export function ComplaintScreen({ id, search }: { id: string; search: string }) {
  const { t } = useTranslation('ops')
  const { load, reload, liveVersion } = useComplaint(id)
  const back = () => navigate(urlOf({ view: 'queue' }, search))
  return (
    <main id="main" className="desk-complaint" data-testid={OPS_IDS.complaint.root} data-id={id}>
      <QueueNav id={id} search={search} onBack={back} />
      {load.status === 'loading' ? <p role="status">{t('complaint.loading')}</p> : null}
      {load.status === 'failed' ? (
        <div className="desk-alert" role="alert">
          <p>
            {load.problem.status === 404
              ? t('complaint.notFound')
              : load.problem.status === 403
                ? t('complaint.forbidden', { message: load.problem.error })
                : t('complaint.error', { message: load.problem.error })}
          </p>
        </div>
      ) : null}
      {load.status === 'ready' && load.stale ? (
        <p className="desk-notice" role="status">
          {t('complaint.stale', { message: load.stale.error })}
        </p>
      ) : null}
      {load.status === 'ready' ? (
        <ComplaintPage detail={load.detail} live={{ reload, liveVersion }} onBack={back} />
      ) : null}
    </main>
  )
}

function ComplaintPage({
  detail,
  live,
  onBack,
}: {
  detail: ComplaintDetail
  live: { reload: () => void; liveVersion: number }
  onBack: () => void
}) {
  const { t, i18n } = useTranslation('ops')
  const { user } = useOps()
  const reference = useWall((s) => s.reference)
  const names = namesOf(reference, i18n.language)
  const { complaint, history } = detail
  const flow = useActionFlow(complaint, live)
  const offered = availableActions(complaint, user)

  useShortcuts((command) => {
    if (command.kind === 'back' && flow.open) {
      flow.cancel()
      return true
    }
    if (command.kind === 'back') {
      onBack()
      return true
    }
    if (command.kind !== 'key' || flow.open || flow.pending) return false
    const action = actionForKey(command.key, offered)
    if (action) flow.start(action)
    return action !== undefined
  })

  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [complaint.id])

  const place = `${names.desa(complaint.desaCode)}, ${t('filter.kecamatan')} ${names.kecamatan(complaint.kecamatanCode)}`
  return (
    <>
      <ComplaintHeader complaint={complaint} names={names} pending={flow.pending} headingRef={heading} />
      <div className="desk-complaint-grid">
        <div className="desk-column">
          <ComplaintBody detail={detail} place={place} />
          <ActionPanel flow={flow} complaint={complaint} history={history} offered={offered} user={user} />
          <Timeline history={history} />
        </div>
        <div className="desk-column">
          <Countdowns clocks={complaint.clocks} />
          <MiniMap
            point={complaint.point}
            desaCode={complaint.desaCode}
            kecamatanCode={complaint.kecamatanCode}
            label={place}
          />
          <Transfers complaint={complaint} names={names} />
        </div>
      </div>
    </>
  )
}

function ComplaintBody({ detail, place }: { detail: ComplaintDetail; place: string }) {
  const { t } = useTranslation('ops')
  const { complaint } = detail
  const { reporter } = complaint
  return (
    <section className="desk-card" aria-labelledby="body-title">
      <h2 id="body-title">{t('complaint.body')}</h2>
      {reporter.confidential ? <p className="desk-notice">{t('complaint.confidentialNote')}</p> : null}
      <p className="desk-body-text">{complaint.body ?? t('complaint.hidden')}</p>
      <dl className="desk-facts">
        <dt>{t('complaint.reporter')}</dt>
        <dd>
          {reporter.anonymous && !reporter.name
            ? t('complaint.anonymous')
            : [reporter.name, reporter.phone].filter(Boolean).join(' · ') || t('complaint.hidden')}
          {reporter.anonymous && reporter.name ? ` (${t('complaint.anonymous')})` : ''}
        </dd>
        {complaint.address ? (
          <>
            <dt>{t('complaint.address')}</dt>
            <dd>{complaint.address}</dd>
          </>
        ) : null}
        <dt>{t('complaint.area')}</dt>
        <dd>{place}</dd>
      </dl>
    </section>
  )
}

/** Back to the queue, and the previous and next complaint of it (k and j). */
function QueueNav({ id, search, onBack }: { id: string; search: string; onBack: () => void }) {
  const { t } = useTranslation('ops')
  const { queue } = useOps()
  const rows = useStore(queue.store, (s) => s.rows)
  const total = useStore(queue.store, (s) => s.total)
  const index = indexOfRows(rows).get(id)
  const go = (delta: number) => {
    if (index === undefined) return false
    queue.select(id)
    const row = queue.move(delta)
    if (!row || row.id === id) return false
    navigate(urlOf({ view: 'complaint', id: row.id }, search))
    return true
  }
  useShortcuts((command) => (command.kind === 'next' ? go(1) : command.kind === 'previous' ? go(-1) : false))
  // Whatever was opened is the queue's selection, so the way back lands on it.
  useEffect(() => queue.select(id), [queue, id])
  return (
    <nav className="desk-complaint-nav" aria-label={t('complaint.back')}>
      <a
        href={urlOf({ view: 'queue' }, search)}
        className="desk-link"
        onClick={(e) => {
          e.preventDefault()
          onBack()
        }}
      >
        ← {t('complaint.back')} <kbd>Esc</kbd>
      </a>
      <button
        type="button"
        className="desk-button desk-button-small"
        disabled={!index}
        onClick={() => go(-1)}
      >
        <kbd>k</kbd> {t('complaint.previous')}
      </button>
      <button
        type="button"
        className="desk-button desk-button-small"
        disabled={index === undefined || index >= rows.length - 1}
        onClick={() => go(1)}
      >
        <kbd>j</kbd> {t('complaint.next')}
      </button>
      {index !== undefined && total !== null ? (
        <span className="desk-dim">{t('complaint.position', { index: index + 1, total })}</span>
      ) : null}
    </nav>
  )
}
