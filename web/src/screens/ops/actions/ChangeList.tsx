import type { DomainEvent } from '@pendopo/shared'

import { useNow } from '../../../components/useNow.js'
import { formatWhen } from '../common/formatWhen.js'
import { useTranslate } from '../common/translate.js'

import { type Change, explainConflict } from './conflict.js'

/** What others did since a version, one plain sentence each. */
export function ChangeList({
  changes,
  history,
}: {
  changes: readonly Change[]
  history: readonly DomainEvent[]
}) {
  const { t, language } = useTranslate('ops')
  const now = useNow(60_000)
  const lines = explainConflict(changes, {
    history,
    t,
    time: (at) => formatWhen(Date.parse(at), { now, language: language }),
  })
  if (lines.length === 0) return null
  return (
    <ul className="desk-changes">
      {lines.map((line, i) => (
        <li key={i}>{line}</li>
      ))}
    </ul>
  )
}
