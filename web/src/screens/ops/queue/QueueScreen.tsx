import './QueueScreen.css'

import { OPS_IDS, type QueueItem } from '@pendopo/shared'
import { useCallback, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'
import { useStore } from 'zustand'

import { formatCount } from '../../../i18n/format.js'
import { useWall } from '../../../store/WallProvider.js'
import { namesOf } from '../common/names.js'
import { KeyHints } from '../keyboard/KeyHints.js'
import { useShortcuts } from '../keyboard/useShortcuts.js'
import { useOps } from '../OpsContext.js'
import { navigate, urlOf } from '../route.js'

import { QueueFilters } from './QueueFilters.js'
import { QueueList } from './QueueList.js'
import { queryFromView, type QueueView, scopedView, viewFromQuery } from './queueQuery.js'

/** `/ops`: the queue, its filters and its keys. */
export function QueueScreen({ search }: { search: string }) {
  const { t, i18n } = useTranslation('ops')
  const { user, queue } = useOps()
  const rows = useStore(queue.store, (s) => s.rows)
  const total = useStore(queue.store, (s) => s.total)
  const more = useStore(queue.store, (s) => s.next !== null)
  const status = useStore(queue.store, (s) => s.status)
  const error = useStore(queue.store, (s) => s.error)
  const selectedId = useStore(queue.store, (s) => s.selectedId)
  const reference = useWall((s) => s.reference)
  const names = namesOf(reference, i18n.language)
  const urlView = viewFromQuery(search)
  const view = scopedView(urlView, user)

  const open = useCallback(
    (row: QueueItem) => {
      queue.select(row.id)
      navigate(urlOf({ view: 'complaint', id: row.id }, search))
    },
    [queue, search],
  )
  const loadMore = useCallback(() => queue.loadMore(), [queue])
  const change = (next: QueueView) =>
    navigate(urlOf({ view: 'queue' }, queryFromView(next, search)), { replace: true })

  useShortcuts((command) => {
    switch (command.kind) {
      case 'next':
        return queue.move(1) !== undefined
      case 'previous':
        return queue.move(-1) !== undefined
      case 'open': {
        const row = rows.find((r) => r.id === selectedId)
        if (row) open(row)
        return row !== undefined
      }
      case 'back':
      case 'key':
        return false
    }
  })

  // Coming back from a complaint, the heading takes the focus: the reader knows where they are.
  const heading = useRef<HTMLHeadingElement>(null)
  useEffect(() => heading.current?.focus({ preventScroll: true }), [])

  const title =
    user.role === 'operator' && user.opd
      ? t('queue.titleOpd', { opd: names.opd(user.opd) })
      : t('queue.title')
  return (
    <main id="main" className="desk-queue" data-testid={OPS_IDS.queue.root} aria-labelledby="queue-title">
      <div className="desk-queue-head">
        <h1 id="queue-title" ref={heading} tabIndex={-1}>
          {title}
        </h1>
        <p
          className="desk-total"
          data-testid={OPS_IDS.queue.total}
          data-total={total ?? ''}
          data-loaded={rows.length}
          aria-live="polite"
        >
          {total === null ? t('loading') : t('queue.total', { total: formatCount(total, i18n.language) })}
          {total !== null && more ? (
            <span className="desk-dim">
              {' '}
              · {t('queue.loaded', { loaded: formatCount(rows.length, i18n.language) })}
            </span>
          ) : null}
        </p>
        <KeyHints
          keys={[
            { keys: ['j', 'k'], label: t('keys.move') },
            { keys: ['Enter'], label: t('keys.open') },
          ]}
        />
      </div>
      <QueueFilters view={urlView} showOpd={user.role !== 'operator'} onChange={change} />
      {status === 'error' && error ? (
        <div className="desk-alert" role="alert">
          <p>{t('queue.error', { message: error.error })}</p>
          <button type="button" className="desk-button desk-button-small" onClick={() => queue.refresh()}>
            {t('queue.retry')}
          </button>
        </div>
      ) : null}
      {status === 'ready' && rows.length === 0 ? <p className="desk-empty">{t('queue.empty')}</p> : null}
      <QueueList
        rows={rows}
        more={more}
        view={view}
        selectedId={selectedId}
        names={names}
        search={search}
        onOpen={open}
        onNearEnd={loadMore}
      />
    </main>
  )
}
