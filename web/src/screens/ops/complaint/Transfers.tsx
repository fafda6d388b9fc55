import { OPS_IDS } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { formatDateTime } from '../common/formatWhen.js'
import type { Names } from '../common/names.js'

import type { ComplaintView } from './complaintApi.js'

/** Every OPD the complaint was sent to, in order, and which of them answered "bukan wewenang". */
export function Transfers({ complaint, names }: { complaint: ComplaintView; names: Names }) {
  const { t, i18n } = useTranslation('ops')
  const { dispositions } = complaint
  return (
    <section
      className="desk-card"
      aria-labelledby="transfers-title"
      data-testid={OPS_IDS.complaint.transfers}
    >
      <h2 id="transfers-title">{t('transfers.title')}</h2>
      {dispositions.length === 0 ? (
        <p className="desk-dim">{t('transfers.none')}</p>
      ) : (
        <ol className="desk-transfers">
          {dispositions.map((d, i) => (
            <li key={`${d.opd}-${d.at}`}>
              <span className="desk-cell-main">
                {names.opd(d.opd)} <span className="desk-dim">({d.opd})</span>
                {i === dispositions.length - 1 && d.opd === complaint.opd ? (
                  <span className="desk-tag">{t('transfers.current')}</span>
                ) : null}
              </span>
              <time className="desk-dim" dateTime={d.at}>
                {formatDateTime(Date.parse(d.at), i18n.language)}
              </time>
              {d.notAuthority ? (
                <p className="desk-dim">
                  {t('transfers.notAuthority', {
                    when: formatDateTime(Date.parse(d.notAuthority.at), i18n.language),
                    reason: d.notAuthority.reason,
                  })}
                </p>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
