import { OPS_IDS } from '@pendopo/shared'
import { useState } from 'react'
import { useTranslation } from 'react-i18next'

import { logout } from '../../live/session.js'
import { useWall } from '../../store/WallProvider.js'
import { LanguageLink } from '../login/LanguageLink.js'

import { useOps } from './OpsContext.js'

/** The console's top line: whose desk, whether it is live, the language, and the way out. */
export function OpsHeader() {
  const { t } = useTranslation('ops')
  const { user } = useOps()
  const status = useWall((s) => s.connection.status)
  const [leaving, setLeaving] = useState(false)
  const role =
    user.role === 'operator' && user.opd ? t('role.operatorOf', { opd: user.opd }) : t(`role.${user.role}`)
  return (
    <header className="desk-header">
      <a className="desk-skip" href="#main">
        {t('skip')}
      </a>
      <p className="desk-brand">
        <span className="desk-brand-mark">{t('brand')}</span> {t('console')}
      </p>
      <div className="desk-header-right">
        <span
          className={`desk-connection is-${status}`}
          data-testid={OPS_IDS.connection}
          data-status={status}
          role="status"
        >
          <span className="desk-dot" aria-hidden="true" />
          {t(`connection.${status}`)}
        </span>
        <span className="desk-user" data-testid={OPS_IDS.user}>
          {user.name} <span className="desk-dim">({role})</span>
        </span>
        <LanguageLink className="desk-link" />
        <button
          type="button"
          className="desk-button desk-button-small"
          data-testid={OPS_IDS.logout}
          disabled={leaving}
          onClick={() => {
            setLeaving(true)
            void logout().then(() =>
              window.location.assign(`/login${window.location.search.includes('lang=en') ? '?lang=en' : ''}`),
            )
          }}
        >
          {t('logout')}
        </button>
      </div>
    </header>
  )
}
