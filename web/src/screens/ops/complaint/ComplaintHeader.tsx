import { OPS_IDS } from '@pendopo/shared'
import type { RefObject } from 'react'
import { useTranslation } from 'react-i18next'

import type { Pending } from '../actions/pending.js'
import { formatDateTime } from '../common/formatWhen.js'
import type { Names } from '../common/names.js'

import type { ComplaintView } from './complaintApi.js'

/**
 * Which complaint this is and where it stands. While an action is pending its expected state shows beside
 * the real one (optimistic), marked as not yet confirmed.
 */
export function ComplaintHeader({
  complaint,
  names,
  pending,
  headingRef,
}: {
  complaint: ComplaintView
  names: Names
  pending: Pending | null
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const { t, i18n } = useTranslation('ops')
  const expected = pending && pending.expected !== complaint.state ? pending.expected : null
  return (
    <header
      className="desk-complaint-header"
      data-testid={OPS_IDS.complaint.header}
      data-state={complaint.state}
      data-version={complaint.version}
    >
      <p className="desk-dim">
        <span className="desk-mono">#{complaint.trackingId}</span> · {names.channel(complaint.source.channel)}{' '}
        · {t('complaint.received', { when: formatDateTime(Date.parse(complaint.receivedAt), i18n.language) })}
      </p>
      <h1
        ref={headingRef}
        tabIndex={-1}
        className={complaint.title === null ? 'desk-confidential' : undefined}
      >
        {complaint.title ?? t('queue.confidential')}
      </h1>
      <ul className="desk-badges">
        <li className="desk-badge">
          {t(`state.${complaint.state}`)}
          {expected ? <span className="desk-badge-pending"> → {t(`state.${expected}`)}…</span> : null}
        </li>
        <li className={`desk-badge sla-${complaint.colour}`}>
          <span className="desk-dot" aria-hidden="true" /> <span className="desk-dim">SLA</span>{' '}
          {t(`colour.${complaint.colour}`)}
        </li>
        <li className="desk-badge">
          {complaint.opd
            ? `${names.opd(complaint.opd)} (${complaint.opd})`
            : `${t('complaint.noOpd')} · ${t('complaint.suggested', { opd: complaint.suggestedOpd })}`}
        </li>
        <li className="desk-badge">{names.category(complaint.category)}</li>
        <li className="desk-badge desk-dim">{t('complaint.version', { version: complaint.version })}</li>
      </ul>
    </header>
  )
}
