import './strings.js'

import { EXEC_IDS, type SessionInfo } from '@pendopo/shared'
import { useEffect } from 'react'
import { useTranslation } from 'react-i18next'

import { useWall } from '../../store/WallProvider.js'

import { ComplaintDialog } from './complaints/ComplaintDialog.js'
import { Figures } from './figures/Figures.js'
import { FridayView } from './friday/FridayView.js'
import { Header } from './Header.js'
import { TodayView } from './TodayView.js'
import { useExecNav } from './url/ViewLink.js'

/** The tablet's frame: who and how live, where (page and range), the key figures, then the page itself. */
export function ExecLayout({ session }: { session: SessionInfo }) {
  const { t } = useTranslation('exec')
  const { view } = useExecNav()
  const hasData = useWall((s) => s.dashboard !== null && s.reference !== null)
  useEffect(() => {
    document.title = `${t(`nav.${view.view}`)} — ${t('brand')}`
  }, [t, view.view])
  return (
    <div className="exec" data-testid={EXEC_IDS.root} data-view={view.view} data-range={view.range}>
      {/* Under an open complaint the page is inert: a keyboard or a screen reader stays in the dialog. */}
      <Header session={session} inert={view.complaint !== null} />
      <main className="exec-main" id="main" inert={view.complaint !== null}>
        <h1 className="exec-visually-hidden">{t(`nav.${view.view}`)}</h1>
        {hasData ? (
          <>
            <Figures />
            {view.view === 'friday' ? <FridayView /> : <TodayView />}
          </>
        ) : (
          <p className="exec-empty" role="status">
            {t('waiting')}
          </p>
        )}
      </main>
      {view.complaint ? <ComplaintDialog id={view.complaint} /> : null}
    </div>
  )
}
