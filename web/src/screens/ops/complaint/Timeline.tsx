import { type DomainEvent, OPS_IDS } from '@pendopo/shared'

import { formatDateTime } from '../common/formatWhen.js'
import { useTranslate } from '../common/translate.js'

import { describeEvent } from './describeEvent.js'

/** The complaint's whole trail, newest first: when, who, what, and the words that came with it. */
export function Timeline({ history }: { history: readonly DomainEvent[] }) {
  const { t, language } = useTranslate('ops')
  return (
    <section className="desk-card" aria-labelledby="timeline-title" data-testid={OPS_IDS.complaint.timeline}>
      <h2 id="timeline-title">{t('timeline.title')}</h2>
      {history.length === 0 ? <p className="desk-dim">{t('timeline.empty')}</p> : null}
      <ol className="desk-timeline">
        {[...history].reverse().map((event) => {
          const line = describeEvent(event, t)
          return (
            <li key={event.seq} data-type={event.type}>
              <time dateTime={event.at}>{formatDateTime(Date.parse(event.at), language)}</time>
              <p>
                <strong>{line.who}</strong> {line.what}
              </p>
              {line.text ? <blockquote>{line.text}</blockquote> : null}
            </li>
          )
        })}
      </ol>
    </section>
  )
}
