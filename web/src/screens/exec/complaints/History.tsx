import { useTranslation } from 'react-i18next'

import { formatWhen } from '../common/format.js'
import { useNames } from '../common/useNames.js'

import { eventText, eventWhat, eventWho, type HistoryEntry } from './describeEvent.js'

/** A complaint's trail, newest first: when, what, who, and what they wrote (when the reader may see it). */
export function History({
  events,
  confidential,
}: {
  events: readonly HistoryEntry[]
  confidential: boolean
}) {
  const { t, i18n } = useTranslation('exec')
  const names = useNames()
  const newestFirst = [...events].sort((a, b) => b.seq - a.seq)
  return (
    <ol className="exec-history">
      {newestFirst.map((entry) => {
        const text = eventText(entry)
        const who = eventWho(entry, t)
        return (
          <li key={entry.seq} data-type={entry.type}>
            <span className="exec-history-when">{formatWhen(entry.at, i18n.language)}</span>
            <span className="exec-history-what">
              {eventWhat(entry, t, names.opd)}
              {who ? <span className="exec-dim"> — {who}</span> : null}
            </span>
            {text && !confidential ? <q className="exec-history-text">{text}</q> : null}
          </li>
        )
      })}
    </ol>
  )
}
