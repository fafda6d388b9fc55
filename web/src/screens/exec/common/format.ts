import { dateFormat } from '../../../i18n/format.js'

/** "23 Nov 10.15" in WIB: when a complaint arrived or falls due. */
export function formatWhen(instant: string, language: string): string {
  return dateFormat(language, {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(Date.parse(instant))
}

/** "Sen 16 Nov": a date of a range, in WIB (local dates are already WIB). */
export function formatDay(date: string, language: string): string {
  return dateFormat(language, { timeZone: 'UTC', weekday: 'short', day: 'numeric', month: 'short' }).format(
    Date.parse(`${date}T00:00:00Z`),
  )
}
