import { EXEC_IDS, type SessionInfo } from '@pendopo/shared'
import { useTranslation } from 'react-i18next'

import { useNow } from '../../components/useNow.js'
import { dateFormat, formatTime } from '../../i18n/format.js'
import { logout } from '../../live/session.js'
import { useWall } from '../../store/WallProvider.js'

import { RANGES } from './url/ranges.js'
import { useExecNav, ViewLink } from './url/ViewLink.js'
import { EXEC_VIEWS, moves } from './url/viewState.js'

/** The clock in the header shows minutes: it need not tick more often. */
const CLOCK_MS = 15_000

export function Header({ session, inert }: { session: SessionInfo; inert: boolean }) {
  const { t, i18n } = useTranslation('exec')
  const { view } = useExecNav()
  const now = useNow(CLOCK_MS)
  return (
    <header className="exec-header" inert={inert}>
      <div className="exec-bar-top">
        <div className="exec-brand">
          <span className="exec-brand-name">{t('brand')}</span>
          <span className="exec-brand-place">{t('regency')}</span>
        </div>
        <div className="exec-clock">
          {shortDate(now, i18n.language)} · {formatTime(now, i18n.language)} WIB
        </div>
        <Connection />
        <span className="exec-user">{session.user.name}</span>
        <button
          type="button"
          className="exec-button"
          data-testid={EXEC_IDS.logout}
          onClick={() => void logout().finally(() => window.location.assign('/login'))}
        >
          {t('logout')}
        </button>
      </div>
      <div className="exec-bar-nav">
        <nav className="exec-tabs" aria-label={t('nav.label')} data-testid={EXEC_IDS.nav}>
          {EXEC_VIEWS.map((name) => (
            <ViewLink
              key={name}
              to={moves.view(view, name)}
              className="exec-tab"
              current={view.view === name}
              code={name}
            >
              {t(`nav.${name}`)}
            </ViewLink>
          ))}
        </nav>
        <div className="exec-range" role="group" aria-label={t('range.label')} data-testid={EXEC_IDS.range}>
          {RANGES.map((range) => (
            <ViewLink
              key={range}
              to={moves.range(view, range)}
              className="exec-segment"
              current={view.range === range}
              code={range}
            >
              {t(`range.${range}`)}
            </ViewLink>
          ))}
        </div>
      </div>
    </header>
  )
}

/** "Senin, 23 Nov": the header has no room for the year, and nobody needs it there. */
const shortDate = (ms: number, language: string) =>
  dateFormat(language, { timeZone: 'Asia/Jakarta', weekday: 'long', day: 'numeric', month: 'short' }).format(
    ms,
  )

function Connection() {
  const { t } = useTranslation('exec')
  const status = useWall((s) => s.connection.status)
  return (
    <span className={`exec-connection is-${status}`} data-testid={EXEC_IDS.connection} data-status={status}>
      <span className="exec-dot" aria-hidden="true" />
      {t(`connection.${status}`)}
    </span>
  )
}
