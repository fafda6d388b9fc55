const locale = (language: string): string => (language === 'en' ? 'en-GB' : 'id-ID')

/** Counts as the wall writes them: 1.234 in Indonesian, 1,234 in English. */
export function formatCount(n: number, language: string): string {
  return new Intl.NumberFormat(locale(language)).format(n)
}

/** A share as a percentage with no decimals (87 %), or a dash when there is nothing to divide. */
export function formatPercent(share: number | null, language: string): string {
  if (share === null || !Number.isFinite(share)) return '–'
  return new Intl.NumberFormat(locale(language), { style: 'percent', maximumFractionDigits: 0 }).format(share)
}

/** A WIB time of day, 24-hour. */
export function formatTime(ms: number, language: string, withSeconds = false): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'Asia/Jakarta',
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(ms)
}

/** A WIB date: "Senin, 23 November 2026". */
export function formatDate(ms: number, language: string): string {
  return new Intl.DateTimeFormat(locale(language), {
    timeZone: 'Asia/Jakarta',
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
  }).format(ms)
}
