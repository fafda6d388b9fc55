import { CLOCK_KINDS, EXEC_IDS } from '@pendopo/shared'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { formatWhen } from '../common/format.js'
import { useNames } from '../common/useNames.js'
import { useExecNav } from '../url/ViewLink.js'

import { History } from './History.js'
import { StatePill } from './StatePill.js'
import { type ComplaintDetail, useComplaintDetail } from './useComplaintDetail.js'

/**
 * One complaint over the view, as an executive may read it: what, where, who handles it, its deadlines and
 * its history. An anonymous reporter reads "Anonim"; a confidential complaint's title and text read
 * "Rahasia" (the server leaves them out). Escape, the close button or the back button closes it.
 */
export function ComplaintDialog({ id }: { id: string }) {
  const { t } = useTranslation('exec')
  const nav = useExecNav()
  const state = useComplaintDetail(id)
  const close = useRef<HTMLButtonElement>(null)
  const opener = useRef<Element | null>(null)

  useEffect(() => {
    opener.current = document.activeElement
    close.current?.focus()
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') nav.closeComplaint()
    }
    window.addEventListener('keydown', onKey)
    return () => {
      window.removeEventListener('keydown', onKey)
      // Back where the reader was, if that is still on the page.
      if (opener.current instanceof HTMLElement && opener.current.isConnected) opener.current.focus()
    }
  }, [nav])

  const tracking = state.status === 'ready' ? state.detail.complaint.trackingId : ''
  return (
    <div className="exec-overlay" onClick={(e) => e.target === e.currentTarget && nav.closeComplaint()}>
      <div
        className="exec-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="exec-dialog-title"
        data-testid={EXEC_IDS.complaint}
        data-id={id}
      >
        <header className="exec-dialog-header">
          <h2 id="exec-dialog-title">
            {state.status === 'ready' ? t('detail.title', { tracking }) : t('list.title')}
          </h2>
          {state.status === 'ready' ? (
            <StatePill
              state={state.detail.complaint.state}
              colour={state.detail.complaint.colour}
              version={state.detail.complaint.version}
              testId={EXEC_IDS.complaintState}
            />
          ) : null}
          <button
            ref={close}
            type="button"
            className="exec-button"
            data-testid={EXEC_IDS.complaintClose}
            onClick={nav.closeComplaint}
          >
            {t('detail.close')}
          </button>
        </header>
        {/* Focusable, so a keyboard can scroll a long history too. */}
        <div className="exec-dialog-body" tabIndex={0}>
          {state.status === 'loading' ? <p role="status">{t('detail.loading')}</p> : null}
          {state.status === 'error' ? (
            <p role="alert">
              {state.httpStatus === 404
                ? t('detail.notFound')
                : state.httpStatus === 403
                  ? t('detail.forbidden')
                  : t('detail.error', { error: state.error })}
            </p>
          ) : null}
          {state.status === 'ready' ? <Detail detail={state.detail} /> : null}
        </div>
      </div>
    </div>
  )
}

function Detail({ detail }: { detail: ComplaintDetail }) {
  const { t, i18n } = useTranslation('exec')
  const names = useNames()
  const c = detail.complaint
  const language = i18n.language
  const hidden = c.title === null || c.body === null
  const reporter = c.reporter.anonymous
    ? t('detail.anonymous')
    : [c.reporter.name, c.reporter.phone].filter(Boolean).join(' · ') || t('detail.reporterHidden')
  const clocks = CLOCK_KINDS.flatMap((kind) => {
    const clock = c.clocks[kind]
    return clock ? [{ kind, clock }] : []
  })
  return (
    <>
      {hidden ? (
        <p className="exec-confidential" data-confidential="true">
          <strong>{t('list.confidential')}</strong> — {t('detail.confidential')}
        </p>
      ) : (
        <>
          <h3 className="exec-detail-title">{c.title}</h3>
          <p className="exec-detail-body">{c.body}</p>
        </>
      )}
      <dl className="exec-facts">
        <dt>{t('detail.category')}</dt>
        <dd>{names.category(c.category)}</dd>
        <dt>{t('detail.place')}</dt>
        <dd>
          {names.desa(c.desaCode)}, {t('covers.kecamatan', { name: names.kecamatan(c.kecamatanCode) })}
          {c.address ? ` — ${c.address}` : ''}
        </dd>
        <dt>{t('detail.opd')}</dt>
        <dd>{c.opd ? names.opdFull(c.opd) : t('detail.noOpd')}</dd>
        <dt>{t('detail.channel')}</dt>
        <dd>{names.channel(c.source.channel)}</dd>
        <dt>{t('detail.received')}</dt>
        <dd>{formatWhen(c.receivedAt, language)}</dd>
        <dt>{t('detail.reporter')}</dt>
        <dd data-anonymous={c.reporter.anonymous}>{reporter}</dd>
      </dl>
      {clocks.length > 0 ? (
        <>
          <h3 className="exec-detail-heading">{t('detail.deadlines')}</h3>
          <ul className="exec-clocks">
            {clocks.map(({ kind, clock }) => (
              <li key={kind} className={`is-${clock.status}`}>
                <span>{t(`clock.${kind}`)}</span>
                <span>{formatWhen(clock.dueAt, language)}</span>
                <span>{t(`clockStatus.${clock.status}`)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}
      <h3 className="exec-detail-heading">{t('detail.history')}</h3>
      <History events={detail.history} confidential={hidden} />
    </>
  )
}
