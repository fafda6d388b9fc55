import { dateFormat, formatTime } from '../../../i18n/format.js'

const WIB_DAY = (ms: number) => Math.floor((ms + 7 * 3_600_000) / 86_400_000)

/** A WIB date and time for the desk: "23 Nov 2026 10.42" (id), "23 Nov 2026 10:42" (en). */
export function formatDateTime(ms: number, language: string): string {
  const date = dateFormat(language, {
    timeZone: 'Asia/Jakarta',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  })
  return `${date.format(ms)} ${formatTime(ms, language)}`
}

/**
 * An instant as a sentence says it: the time alone today ("10.42"), with the date on another day
 * ("10.42, 20 Nov"). Days are WIB days, like every time the regency reads.
 */
export function formatWhen(ms: number, { now, language }: { now: number; language: string }): string {
  const time = formatTime(ms, language)
  if (WIB_DAY(ms) === WIB_DAY(now)) return time
  const day = dateFormat(language, { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'short' })
  return `${time}, ${day.format(ms)}`
}
