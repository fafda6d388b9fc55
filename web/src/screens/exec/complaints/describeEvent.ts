import type { TFunction } from 'i18next'

/** A history entry as the detail endpoint gives it (read leniently: only what a line needs). */
export interface HistoryEntry {
  readonly seq: number
  readonly type: string
  readonly at: string
  readonly actor: { readonly kind?: string; readonly role?: string; readonly name?: string | undefined }
  readonly data: Readonly<Record<string, unknown>>
}

type Translate = TFunction<'exec'>

/** What happened, in words: "Didisposisikan ke PU Bina Marga", "Lewat batas: Tindak lanjut OPD". */
export function eventWhat(entry: HistoryEntry, t: Translate, opdName: (code: string) => string): string {
  const str = (key: string) => {
    const value = entry.data[key]
    return typeof value === 'string' ? value : null
  }
  switch (entry.type) {
    case 'complaint.dispositioned':
      return t('event.complaint.dispositioned', { opd: opdName(str('opd') ?? '?') })
    case 'sla.warning':
    case 'sla.breached':
      return t(`event.${entry.type}`, { clock: t(`clock.${str('clock') ?? 'followUp'}`) })
    default:
      return entry.type.startsWith('complaint.') || entry.type.startsWith('sla.')
        ? t(`event.${entry.type}`)
        : entry.type
  }
}

/** Who did it: a person's or office's name, or "Sistem" for the SLA clock and auto-close. */
export function eventWho(entry: HistoryEntry, t: Translate): string {
  if (entry.actor.kind === 'system' || entry.actor.role === 'system') return t('actor.system')
  return entry.actor.name ?? entry.actor.role ?? ''
}

/**
 * The words written with an event (a note, a follow-up's answer, a reason), when the reader may see them;
 * the server sends null where an executive may not (a confidential complaint's text).
 */
export function eventText(entry: HistoryEntry): string | null {
  for (const key of ['text', 'reason', 'note']) {
    const value = entry.data[key]
    if (typeof value === 'string' && value.trim() !== '') return value
  }
  return null
}
