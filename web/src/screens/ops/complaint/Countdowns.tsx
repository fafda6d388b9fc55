import { CLOCK_KINDS, type Clocks, OPS_IDS, type SlaPolicy } from '@pendopo/shared'

import { useNow } from '../../../components/useNow.js'
import { useWall } from '../../../store/WallProvider.js'
import { formatCountdown, isRunning, timeLeft } from '../common/countdown.js'
import { formatDateTime } from '../common/formatWhen.js'
import { useTranslate } from '../common/translate.js'
import { useCalendar } from '../common/useCalendar.js'

/** A minute is the smallest step a working-day countdown shows. */
const TICK_MS = 60_000

const daysOf = (kind: (typeof CLOCK_KINDS)[number], policy: SlaPolicy | undefined): number | string => {
  if (!policy) return '…'
  switch (kind) {
    case 'verify':
      return policy.verifyWorkingDays
    case 'followUp':
      return policy.followUpWorkingDays
    case 'autoClose':
      return policy.autoCloseWorkingDays
    case 'legalCap':
      return policy.legalCapCalendarDays
  }
}

/**
 * The complaint's SLA clocks: each one's deadline, its verdict once ended, and while it runs the working
 * time left, ticking once a minute on its own (nothing is written to the store as time passes).
 */
export function Countdowns({ clocks }: { clocks: Clocks }) {
  const { t, language } = useTranslate('ops')
  const now = useNow(TICK_MS)
  const calendar = useCalendar()
  const policy = useWall((s) => s.dashboard?.policy)
  const shown = CLOCK_KINDS.flatMap((kind) => {
    const clock = clocks[kind]
    return clock ? [{ kind, clock }] : []
  })
  return (
    <section
      className="desk-card"
      aria-labelledby="countdowns-title"
      data-testid={OPS_IDS.complaint.countdowns}
    >
      <h2 id="countdowns-title">{t('countdowns.title')}</h2>
      {shown.length === 0 ? <p className="desk-dim">{t('countdowns.none')}</p> : null}
      <ul className="desk-clocks">
        {shown.map(({ kind, clock }) => {
          const running = isRunning(clock)
          const left = running && calendar ? timeLeft(kind, clock.dueAt, { now, calendar }) : null
          const tone =
            clock.status === 'breached' || (left !== null && left < 0)
              ? 'red'
              : clock.status === 'warned'
                ? 'yellow'
                : running
                  ? 'green'
                  : 'grey'
          return (
            <li key={kind} data-clock={kind} data-status={clock.status}>
              <span className="desk-clock-title">
                {t(`clockTitle.${kind}`, { days: daysOf(kind, policy) })}
              </span>
              <span className={`desk-clock-left sla-${tone}`}>
                {running
                  ? left === null
                    ? t('countdowns.waitingCalendar')
                    : formatCountdown(left, t, { suffix: true })
                  : t(`clockStatus.${clock.status}`)}
              </span>
              <span className="desk-dim">
                {t('countdowns.due', { when: formatDateTime(Date.parse(clock.dueAt), language) })}
                {running ? ` · ${t(`clockStatus.${clock.status}`)}` : ''}
              </span>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
