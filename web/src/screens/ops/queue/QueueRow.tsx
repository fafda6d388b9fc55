import { OPS_IDS, type QueueItem, type WorkingCalendar } from '@pendopo/shared'
import { memo, type MouseEvent } from 'react'

import { formatCountdown, timeLeft } from '../common/countdown.js'
import { formatDateTime } from '../common/formatWhen.js'
import type { Names } from '../common/names.js'
import { useTranslate } from '../common/translate.js'

/** Clicks that mean "open elsewhere" (a new tab, a new window) are the browser's, not ours. */
export const isPlainClick = (e: MouseEvent): boolean =>
  e.button === 0 && !e.ctrlKey && !e.metaKey && !e.shiftKey && !e.altKey

/** One complaint in the queue: a fixed-height row of a real table, so it can be virtualised. */
export const QueueRow = memo(function QueueRow({
  row,
  index,
  href,
  selected,
  stale,
  names,
  now,
  calendar,
  onOpen,
}: {
  row: QueueItem
  /** Position in the whole list (0-based), for `aria-rowindex`: the header is row 1. */
  index: number
  href: string
  selected: boolean
  /** No longer matches the filters (changed live); kept in place until the view is reloaded. */
  stale: boolean
  names: Names
  now: number
  calendar: WorkingCalendar | null
  onOpen: (row: QueueItem) => void
}) {
  const { t, language } = useTranslate('ops')
  const left = row.dueAt && row.clock && calendar ? timeLeft(row.clock, row.dueAt, { now, calendar }) : null
  const open = (e: MouseEvent) => {
    if (!isPlainClick(e)) return
    e.preventDefault()
    onOpen(row)
  }
  return (
    <tr
      className={`desk-tr${selected ? ' is-selected' : ''}${stale ? ' is-stale' : ''}`}
      data-testid={OPS_IDS.queue.row}
      data-id={row.id}
      data-state={row.state}
      data-colour={row.colour}
      data-opd={row.opd ?? undefined}
      data-version={row.version}
      aria-rowindex={index + 2}
      aria-current={selected ? 'true' : undefined}
      onClick={open}
    >
      <td className="desk-mono">
        <a
          href={href}
          onClick={(e) => {
            // The row opens it; the link is there for the keyboard, screen readers and "open in new tab".
            if (isPlainClick(e)) e.preventDefault()
          }}
        >
          #{row.trackingId}
        </a>
      </td>
      <td title={row.title ?? undefined}>
        <span className={`desk-cell-main${row.title === null ? ' desk-confidential' : ''}`}>
          {row.title ?? t('queue.confidential')}
        </span>
        <span className="desk-cell-sub">{names.category(row.category)}</span>
      </td>
      <td>
        <span className="desk-cell-main">{names.kecamatan(row.kecamatanCode)}</span>
        <span className="desk-cell-sub">{names.desa(row.desaCode)}</span>
      </td>
      <td title={names.channel(row.channel)}>{names.channel(row.channel)}</td>
      <td title={row.opd ? names.opd(row.opd) : undefined}>{row.opd ?? '—'}</td>
      <td>
        <span className="desk-cell-main">{t(`state.${row.state}`)}</span>
        {stale ? <span className="desk-cell-sub">{t('queue.noLongerMatches')}</span> : null}
      </td>
      <td className={`sla-${row.colour}`}>
        <span className="desk-dot" aria-hidden="true" /> {t(`colour.${row.colour}`)}
      </td>
      <td
        className={left !== null && left < 0 ? 'sla-red' : undefined}
        title={
          row.dueAt
            ? `${t(`clock.${row.clock ?? 'unknown'}`)}: ${formatDateTime(Date.parse(row.dueAt), language)}`
            : undefined
        }
      >
        {left === null ? t('countdown.none') : formatCountdown(left, t)}
      </td>
    </tr>
  )
})
