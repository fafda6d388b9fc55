const locale = (language: string): string => (language === 'en' ? 'en-GB' : 'id-ID')

// Building an Intl formatter costs far more than using one, and the wall formats on every live update.
const numberFormats = new Map<string, Intl.NumberFormat>()
const dateFormats = new Map<string, Intl.DateTimeFormat>()

/** A cached `Intl.NumberFormat` in the wall's locale for `language`. */
export function numberFormat(language: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let format = numberFormats.get(key)
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale(language), options)))
  return format
}

/** A cached `Intl.DateTimeFormat` in the wall's locale for `language`. */
export function dateFormat(language: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${language}|${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale(language), options)))
  return format
}

/** Counts as the wall writes them: 1.234 in Indonesian, 1,234 in English. */
export function formatCount(n: number, language: string): string {
  return numberFormat(language).format(n)
}

/** A share as a percentage with no decimals (87 %), or a dash when there is nothing to divide. */
export function formatPercent(share: number | null, language: string): string {
  if (share === null || !Number.isFinite(share)) return '–'
  return numberFormat(language, { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A WIB time of day, 24-hour. */
export function formatTime(ms: number, language: string, withSeconds = false): string {
  return dateFormat(language, {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(ms)
}

/** A WIB date: "Senin, 23 November 2026". */
export function formatDate(ms: number, language: string): string {
  return dateFormat(language, {
    timeZone: 'Asia/Jakarta',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(ms)
}
