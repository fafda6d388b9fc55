import { type DomainEvent, OPD_SCOPED_ROLES, OPS_IDS, type User } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import type { ComplaintView } from '../complaint/complaintApi.js'

import { ActionForm } from './ActionForm.js'
import { ACTION_KEYS, type DeskAction } from './availableActions.js'
import { ChangeList } from './ChangeList.js'
import type { ActionFlow } from './useActionFlow.js'

/** The actions this user may take now, each with its key; the open form; what is pending or was refused. */
export function ActionPanel({
  flow,
  complaint,
  history,
  offered,
  user,
}: {
  flow: ActionFlow
  complaint: ComplaintView
  history: readonly DomainEvent[]
  offered: readonly DeskAction[]
  user: User
}) {
  const { t } = useTranslation('ops')
  const none =
    user.role === 'executive'
      ? t('actions.readOnly')
      : OPD_SCOPED_ROLES.has(user.role) && complaint.opd !== user.opd
        ? t('actions.otherOpd')
        : t('actions.none')
  return (
    <section className="desk-card" aria-labelledby="actions-title" data-testid={OPS_IDS.complaint.actions}>
      <h2 id="actions-title">{t('actions.title')}</h2>
      {offered.length === 0 ? (
        <p className="desk-dim">{none}</p>
      ) : (
        <div className="desk-action-buttons">
          {offered.map((action) => (
            <button
              key={action}
              type="button"
              className={`desk-button${flow.open?.action === action ? ' is-open' : ''}`}
              data-testid={OPS_IDS.action.button}
              data-action={action}
              data-key={ACTION_KEYS[action]}
              aria-keyshortcuts={ACTION_KEYS[action]}
              aria-expanded={flow.open?.action === action}
              disabled={flow.pending !== null}
              onClick={() => flow.start(action)}
            >
              <kbd>{ACTION_KEYS[action]}</kbd> {t(`action.${action}`)}
            </button>
          ))}
        </div>
      )}
      <Status flow={flow} />
      {flow.refusal ? <RefusalNote flow={flow} history={history} complaint={complaint} /> : null}
      <ActionForm flow={flow} complaint={complaint} history={history} offered={offered} />
    </section>
  )
}

/** Optimistic feedback: the action as sent, then as accepted, until its event arrives; then "saved". */
function Status({ flow }: { flow: ActionFlow }) {
  const { t } = useTranslation('ops')
  const { pending, saved } = flow
  return (
    <div role="status" className="desk-status-slot">
      {pending ? (
        <p className="desk-pending" data-testid={OPS_IDS.complaint.pending} data-phase={pending.phase}>
          <span className="desk-spinner" aria-hidden="true" />
          {pending.phase === 'sending'
            ? t('actions.sending', { action: t(`action.${pending.request.type}`) })
            : t('actions.accepted', {
                action: t(`action.${pending.request.type}`),
                state: t(`state.${pending.state}`),
              })}
        </p>
      ) : saved ? (
        <p className="desk-saved">{t('actions.saved', { action: t(`action.${saved}`) })}</p>
      ) : null}
    </div>
  )
}

function RefusalNote({
  flow,
  history,
  complaint,
}: {
  flow: ActionFlow
  history: readonly DomainEvent[]
  complaint: ComplaintView
}) {
  const { t } = useTranslation('ops')
  const refusal = flow.refusal
  if (!refusal) return null
  return (
    <div className="desk-alert" role="alert" data-testid={OPS_IDS.complaint.refusal} data-kind={refusal.kind}>
      {refusal.kind === 'conflict' ? (
        <>
          <p className="desk-alert-title">{t('refusal.conflict')}</p>
          <ChangeList changes={refusal.changes} history={history} />
          <p>{t('refusal.conflictAfter', { version: refusal.version ?? complaint.version })}</p>
        </>
      ) : (
        <p className="desk-alert-title">
          {refusal.kind === 'illegal'
            ? t('refusal.illegal', { state: t(`state.${refusal.state ?? complaint.state}`) })
            : refusal.kind === 'forbidden'
              ? t('refusal.forbidden', { message: refusal.message })
              : refusal.kind === 'offline'
                ? t('refusal.offline')
                : t('refusal.other', { message: refusal.message })}
        </p>
      )}
      <button type="button" className="desk-button desk-button-small" onClick={flow.dismissRefusal}>
        {t('refusal.dismiss')}
      </button>
    </div>
  )
}
