import { useCallback, useEffect, useState } from 'react'

import { useTranslate } from '../common/translate.js'
import type { ComplaintView } from '../complaint/complaintApi.js'
import { postAction } from '../complaint/complaintApi.js'

import { type Draft, type Field, type FieldErrors, serverErrors, validateDraft } from './actionForm.js'
import type { DeskAction } from './availableActions.js'
import { type Change, changesOf } from './conflict.js'
import { expectedState, type Pending, settledBy } from './pending.js'

/** Why the server did not apply an action, as the page explains it. */
export type Refusal =
  | { readonly kind: 'conflict'; readonly changes: readonly Change[]; readonly version: number | null }
  | { readonly kind: 'illegal'; readonly state: string | null }
  | { readonly kind: 'forbidden'; readonly message: string }
  | { readonly kind: 'offline' }
  | { readonly kind: 'other'; readonly message: string }

/**
 * A 409 that says someone acted first (docs/access.md: `code: 'version_conflict'`). Its `changes` are
 * recognised too, so the explanation does not depend on the code alone.
 */
const isVersionConflict = (body: Record<string, unknown>): boolean =>
  body['code'] === 'version_conflict' || (body['code'] === undefined && Array.isArray(body['changes']))

/** The form being filled, and the complaint version it was opened on (what the person decided from). */
export interface OpenForm {
  readonly action: DeskAction
  readonly baseVersion: number
}

/** An accepted action whose event has not arrived by then is confirmed by reading the complaint again. */
const CONFIRM_FALLBACK_MS = 4_000
/** How long "Tersimpan" stays. */
const SAVED_MS = 5_000

export interface ActionFlow {
  readonly open: OpenForm | null
  readonly drafts: Partial<Record<DeskAction, Draft>>
  readonly errors: FieldErrors
  readonly pending: Pending | null
  readonly saved: DeskAction | null
  readonly refusal: Refusal | null
  readonly start: (action: DeskAction) => void
  readonly cancel: () => void
  readonly setField: (field: Field, value: string) => void
  readonly submit: () => Promise<void>
  readonly dismissRefusal: () => void
}

/**
 * The life of an action on one complaint: a form with a draft that nothing but a success clears; sent with
 * the version the form was opened on; shown as pending at once (optimistic), confirmed when the server's
 * event brings the complaint to the accepted version; refused in words, the draft kept.
 */
export function useActionFlow(
  complaint: ComplaintView,
  { reload, liveVersion }: { reload: () => void; liveVersion: number },
): ActionFlow {
  const { t } = useTranslate('ops')
  const [open, setOpen] = useState<OpenForm | null>(null)
  const [drafts, setDrafts] = useState<Partial<Record<DeskAction, Draft>>>({})
  const [errors, setErrors] = useState<FieldErrors>({})
  const [pending, setPending] = useState<Pending | null>(null)
  const [saved, setSaved] = useState<DeskAction | null>(null)
  const [refusal, setRefusal] = useState<Refusal | null>(null)

  // Reconcile: the server's event for the accepted version has arrived (and the page reloads with it).
  const knownVersion = Math.max(complaint.version, liveVersion)
  useEffect(() => {
    if (!pending || !settledBy(pending, knownVersion)) return
    setSaved(pending.request.type)
    setPending(null)
  }, [pending, knownVersion])
  useEffect(() => {
    if (pending?.phase !== 'accepted') return
    const timer = setTimeout(reload, CONFIRM_FALLBACK_MS)
    return () => clearTimeout(timer)
  }, [pending, reload])
  useEffect(() => {
    if (!saved) return
    const timer = setTimeout(() => setSaved(null), SAVED_MS)
    return () => clearTimeout(timer)
  }, [saved])

  const start = useCallback(
    (action: DeskAction) => {
      setOpen({ action, baseVersion: complaint.version })
      setErrors({})
      // A disposition starts from the category's usual OPD, the verifier's suggestion.
      if (action === 'dispose')
        setDrafts((d) =>
          d.dispose?.opd ? d : { ...d, dispose: { ...d.dispose, opd: complaint.suggestedOpd } },
        )
    },
    [complaint.version, complaint.suggestedOpd],
  )

  const submit = async () => {
    if (!open || pending) return
    const { action, baseVersion } = open
    const checked = validateDraft(action, drafts[action] ?? {}, { version: baseVersion, t })
    if (!checked.ok) {
      setErrors(checked.errors)
      return
    }
    setErrors({})
    setRefusal(null)
    setSaved(null)
    const expected = expectedState(complaint.state, action)
    setPending({ phase: 'sending', request: checked.request, expected })
    const result = await postAction(complaint.id, checked.request)
    if (result.ok) {
      const { version, state } = result.value
      setPending({ phase: 'accepted', request: checked.request, expected, version, state })
      setOpen(null)
      setDrafts((d) => ({ ...d, [action]: {} }))
      return
    }
    setPending(null)
    const { status, error, issues, body } = result.problem
    if (status === 400) {
      const fieldErrors = serverErrors(issues)
      setErrors(Object.keys(fieldErrors).length > 0 ? fieldErrors : { form: error })
    } else if (status === 409 && isVersionConflict(body)) {
      const current = typeof body['currentVersion'] === 'number' ? body['currentVersion'] : null
      setRefusal({ kind: 'conflict', changes: changesOf(body), version: current })
      // The form now stands on the version the server has: sending again is a fresh, informed decision.
      if (current !== null) setOpen({ action, baseVersion: current })
      reload()
    } else if (status === 409) {
      setRefusal({ kind: 'illegal', state: typeof body['state'] === 'string' ? body['state'] : null })
      reload()
    } else if (status === 403) {
      setRefusal({ kind: 'forbidden', message: error })
    } else if (status === 0) {
      setRefusal({ kind: 'offline' })
    } else {
      setRefusal({ kind: 'other', message: error })
    }
  }

  return {
    open,
    drafts,
    errors,
    pending,
    saved,
    refusal,
    start,
    cancel: () => {
      setOpen(null)
      setErrors({})
    },
    setField: (field, value) => {
      if (!open) return
      setDrafts((d) => ({ ...d, [open.action]: { ...d[open.action], [field]: value } }))
      setErrors((e) => {
        if (!e[field]) return e
        const { [field]: _gone, ...rest } = e
        return rest
      })
    },
    submit,
    dismissRefusal: () => setRefusal(null),
  }
}
