import { type ActionRequest, ActionRequestSchema } from '@pendopo/shared'
import type { z } from 'zod'

import type { Translate } from '../common/translate.js'

import type { DeskAction } from './availableActions.js'

/** The fields an action's form can have; each maps to the request property of the same name. */
export const FIELDS = ['opd', 'rating', 'text', 'reason', 'note'] as const
export type Field = (typeof FIELDS)[number]

/** What the person has typed or picked, field by field (kept across a refusal, never cleared by one). */
export type Draft = Partial<Record<Field, string>>

/** The form of each action: its fields in order, and which must be filled. */
export const FORM_FIELDS: Readonly<Record<DeskAction, ReadonlyArray<{ field: Field; required: boolean }>>> = {
  verify: [{ field: 'note', required: false }],
  dispose: [
    { field: 'opd', required: true },
    { field: 'note', required: false },
  ],
  follow_up: [{ field: 'text', required: true }],
  reporter_reply: [{ field: 'text', required: true }],
  not_authority: [{ field: 'reason', required: true }],
  hold: [{ field: 'reason', required: true }],
  resume: [{ field: 'note', required: false }],
  archive: [{ field: 'reason', required: true }],
  close: [{ field: 'reason', required: true }],
  rate: [{ field: 'rating', required: true }],
}

/** Per-field messages, and one for the form as a whole (`form`). */
export type FieldErrors = Partial<Record<Field | 'form', string>>

export type Validation =
  | { readonly ok: true; readonly request: ActionRequest }
  | { readonly ok: false; readonly errors: FieldErrors }

/** The request body from a draft: empty optional fields are left out (an empty note is no note). */
export function requestOf(
  action: DeskAction,
  draft: Draft,
  expectedVersion: number,
): Record<string, unknown> {
  const body: Record<string, unknown> = { type: action, expectedVersion }
  for (const { field, required } of FORM_FIELDS[action]) {
    const value = draft[field] ?? ''
    if (required || value.trim() !== '') body[field] = value
  }
  return body
}

const isField = (name: unknown): name is Field => FIELDS.some((f) => f === name)

/**
 * Checks a draft with the same schema the server applies (`ActionRequestSchema`), before anything is sent:
 * each problem under its field, in the interface's language.
 *
 * @example
 * validateDraft('hold', { reason: 'x' }, { version: 3, t }) // { ok: false, errors: { reason: 'Minimal 3 karakter.' } }
 */
export function validateDraft(
  action: DeskAction,
  draft: Draft,
  { version, t }: { version: number; t: Translate },
): Validation {
  const parsed = ActionRequestSchema.safeParse(requestOf(action, draft, version))
  if (parsed.success) return { ok: true, request: parsed.data }
  const errors: FieldErrors = {}
  for (const issue of parsed.error.issues) {
    const field = issue.path[0]
    const key = isField(field) ? field : 'form'
    const blank = key !== 'form' && (draft[key] ?? '').trim() === ''
    errors[key] ??= blank
      ? t(key === 'opd' || key === 'rating' ? 'validation.choose' : 'validation.required')
      : issueMessage(issue, t)
  }
  return { ok: false, errors }
}

/** A zod issue in words a person reads at the desk (zod's own are English and technical). */
export function issueMessage(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      return Number(issue.minimum) <= 1
        ? t('validation.required')
        : t('validation.tooShort', { min: Number(issue.minimum) })
    case 'too_big':
      return t('validation.tooLong', { max: Number(issue.maximum) })
    case 'invalid_type':
      return t('validation.required')
    case 'invalid_value':
    case 'invalid_format':
      return t('validation.choose')
    case 'custom':
      return t('validation.characters')
    default:
      return t('validation.invalid')
  }
}

/** The server's 400 issues (`{path, message}`) under the fields they name; the rest for the whole form. */
export function serverErrors(issues: ReadonlyArray<{ path: string; message: string }>): FieldErrors {
  const errors: FieldErrors = {}
  for (const { path, message } of issues) {
    const field = path.split('.')[0]
    const key = isField(field) ? field : 'form'
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message
  }
  return errors
}
