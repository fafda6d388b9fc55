import { OPS_IDS, type QueueItem } from '@pendopo/shared'
import { useVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { useNow } from '../../../components/useNow.js'
import type { Names } from '../common/names.js'
import { useCalendar } from '../common/useCalendar.js'
import { urlOf } from '../route.js'

import { matchesView } from './liveRows.js'
import type { QueueView } from './queueQuery.js'
import { QueueRow } from './QueueRow.js'
import { indexOfRows, LOAD_AHEAD } from './queueStore.js'

/** Every row is this tall (two lines of text), so the virtualiser never has to measure one. */
export const ROW_HEIGHT_PX = 52
const HEADER_HEIGHT_PX = 40
const OVERSCAN = 12
const COLUMNS = ['tracking', 'title', 'area', 'channel', 'opd', 'state', 'sla', 'due'] as const

/**
 * The queue as a table of which only the rows in view (and a few around them) exist in the DOM: tens of
 * thousands of rows scroll as lightly as twenty. Spacer rows above and below stand in for the rest, so the
 * table stays a real table for assistive technology and keeps its columns.
 */
export function QueueList({
  rows,
  more,
  view,
  selectedId,
  names,
  search,
  onOpen,
  onNearEnd,
}: {
  rows: readonly QueueItem[]
  more: boolean
  view: QueueView
  selectedId: string | null
  names: Names
  search: string
  onOpen: (row: QueueItem) => void
  onNearEnd: () => void
}) {
  const { t } = useTranslation('ops')
  const scroller = useRef<HTMLDivElement>(null)
  const now = useNow(60_000)
  const calendar = useCalendar()
  const count = rows.length + (more ? 1 : 0)
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: OVERSCAN,
    scrollPaddingStart: HEADER_HEIGHT_PX,
  })
  const items = virtualizer.getVirtualItems()
  const lastShown = items.at(-1)?.index ?? 0

  useEffect(() => {
    if (more && lastShown >= rows.length - LOAD_AHEAD) onNearEnd()
  }, [more, lastShown, rows.length, onNearEnd])

  const selectedIndex = selectedId === null ? undefined : indexOfRows(rows).get(selectedId)
  useEffect(() => {
    if (selectedIndex !== undefined) virtualizer.scrollToIndex(selectedIndex, { align: 'auto' })
  }, [selectedIndex, virtualizer])

  const before = items[0]?.start ?? 0
  const after = virtualizer.getTotalSize() - (items.at(-1)?.end ?? 0)
  return (
    <div ref={scroller} className="desk-scroll" data-testid={OPS_IDS.queue.list}>
      <table className="desk-table" aria-rowcount={count + 1} aria-labelledby="queue-title">
        <colgroup>
          {COLUMNS.map((column) => (
            <col key={column} className={`desk-col-${column}`} />
          ))}
        </colgroup>
        <thead>
          <tr>
            {COLUMNS.map((column) => (
              <th key={column} scope="col">
                {t(`col.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {before > 0 ? <tr aria-hidden="true" style={{ height: before }} /> : null}
          {items.map((item) => {
            const row = rows[item.index]
            if (!row) {
              return (
                <tr key="more" className="desk-tr" aria-rowindex={item.index + 2}>
                  <td colSpan={COLUMNS.length} className="desk-dim">
                    {t('queue.loadingMore')}
                  </td>
                </tr>
              )
            }
            return (
              <QueueRow
                key={row.id}
                row={row}
                index={item.index}
                href={urlOf({ view: 'complaint', id: row.id }, search)}
                selected={row.id === selectedId}
                stale={!matchesView(row, view)}
                names={names}
                now={now}
                calendar={calendar}
                onOpen={onOpen}
              />
            )
          })}
          {after > 0 ? <tr aria-hidden="true" style={{ height: after }} /> : null}
        </tbody>
      </table>
    </div>
  )
}
