import { type DomainEvent, OPS_IDS, RATINGS } from '@pendopo/shared'
import { type KeyboardEvent, useEffect, useRef } from 'react'
import { useTranslation } from 'react-i18next'

import { useWall } from '../../../store/WallProvider.js'
import type { ComplaintView } from '../complaint/complaintApi.js'

import { FORM_FIELDS } from './actionForm.js'
import type { DeskAction } from './availableActions.js'
import { ChangeList } from './ChangeList.js'
import { changeOfEvent } from './conflict.js'
import type { ActionFlow } from './useActionFlow.js'

const fieldId = (field: string) => `action-field-${field}`

/**
 * One action's form: its fields with their labels and messages, sent with Ctrl+Enter or the button, left
 * with Escape (the draft stays until it is sent). If the complaint changed since the form was opened, the
 * form says how, above the fields.
 */
export function ActionForm({
  flow,
  complaint,
  history,
  offered,
}: {
  flow: ActionFlow
  complaint: ComplaintView
  history: readonly DomainEvent[]
  offered: readonly DeskAction[]
}) {
  const { t } = useTranslation('ops')
  const reference = useWall((s) => s.reference)
  const form = useRef<HTMLFormElement>(null)
  const open = flow.open
  const action = open?.action
  const errorKeys = Object.keys(flow.errors).join()

  // The first field takes the focus when the form opens, the first wrong one when a check fails.
  useEffect(() => {
    if (!action) return
    const first = FORM_FIELDS[action].find(({ field }) => flow.errors[field]) ?? FORM_FIELDS[action][0]
    if (first) form.current?.querySelector<HTMLElement>(`#${fieldId(first.field)}`)?.focus()
  }, [action, errorKeys, flow.errors])

  if (!open || !action) return null
  const draft = flow.drafts[action] ?? {}
  const stillOffered = offered.includes(action)
  const stale = complaint.version > open.baseVersion
  const changedSince = stale
    ? history.filter((e) => 'version' in e.data && e.data.version > open.baseVersion)
    : []
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
      e.preventDefault()
      void flow.submit()
    }
  }

  return (
    <form
      ref={form}
      className="desk-action-form"
      data-testid={OPS_IDS.action.form}
      data-action={action}
      data-base-version={open.baseVersion}
      noValidate
      onKeyDown={onKeyDown}
      onSubmit={(e) => {
        e.preventDefault()
        void flow.submit()
      }}
    >
      <fieldset>
        <legend>{t(`action.${action}`)}</legend>
        {stale ? (
          <div className="desk-notice">
            <p>{t('actions.changedMeanwhile')}</p>
            <ChangeList changes={changedSince.map(changeOfEvent)} history={history} />
          </div>
        ) : null}
        {!stillOffered && !stale ? (
          <p className="desk-notice">
            {t('actions.noLongerAvailable', { state: t(`state.${complaint.state}`) })}
          </p>
        ) : null}
        {FORM_FIELDS[action].map(({ field, required }) => {
          const error = flow.errors[field]
          const common = {
            id: fieldId(field),
            name: field,
            value: draft[field] ?? '',
            'aria-invalid': error ? true : undefined,
            'aria-describedby': error ? `${fieldId(field)}-error` : undefined,
            'aria-required': required || undefined,
            onChange: (e: { target: { value: string } }) => flow.setField(field, e.target.value),
          }
          return (
            <div key={field} className="desk-field">
              <label className="desk-label" htmlFor={fieldId(field)}>
                {t(`field.${field}`)}
              </label>
              {field === 'opd' ? (
                <select {...common}>
                  <option value="">{t('field.choose')}</option>
                  {reference?.opds.map((o) => (
                    <option key={o.code} value={o.code}>
                      {o.shortName} ({o.code})
                    </option>
                  ))}
                </select>
              ) : field === 'rating' ? (
                <select {...common}>
                  <option value="">{t('field.choose')}</option>
                  {RATINGS.map((r) => (
                    <option key={r} value={r}>
                      {t(`rating.${r}`)}
                    </option>
                  ))}
                </select>
              ) : (
                <textarea {...common} rows={field === 'text' ? 5 : 3} />
              )}
              {error ? (
                <p id={`${fieldId(field)}-error`} className="desk-field-error">
                  {error}
                </p>
              ) : null}
            </div>
          )
        })}
        {flow.errors.form ? (
          <p className="desk-field-error" role="alert">
            {flow.errors.form}
          </p>
        ) : null}
        <div className="desk-row">
          <button
            type="submit"
            className="desk-button desk-button-primary"
            data-testid={OPS_IDS.action.submit}
            disabled={flow.pending !== null || (!stillOffered && !stale)}
          >
            {t('actions.submit')} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
          </button>
          <button
            type="button"
            className="desk-button"
            data-testid={OPS_IDS.action.cancel}
            onClick={flow.cancel}
          >
            {t('actions.cancel')} <kbd>Esc</kbd>
          </button>
        </div>
      </fieldset>
    </form>
  )
}
