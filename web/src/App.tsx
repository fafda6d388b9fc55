import { useEffect } from 'react'

import { i18next, languageOf } from './i18n/i18n.js'
import { ExecScreen } from './screens/exec/ExecScreen.js'
import { LoginScreen } from './screens/login/LoginScreen.js'
import { OpsScreen } from './screens/ops/OpsScreen.js'
import { WallApp } from './screens/wall/WallApp.js'

/** The screens by their path's first segment; `/` is the login, which sends each role to its screen. */
export type ScreenName = 'wall' | 'exec' | 'ops' | 'login'

export function screenOf(pathname: string): ScreenName {
  const first = pathname.split('/')[1] ?? ''
  return first === 'wall' || first === 'exec' || first === 'ops' ? first : 'login'
}

const screen = screenOf(window.location.pathname)
// Set before the first render: the wall's type scales with the viewport, the other screens' do not.
document.documentElement.dataset.screen = screen

export function App() {
  useEffect(() => {
    void i18next.changeLanguage(languageOf(window.location.search))
    document.documentElement.lang = i18next.language
  }, [])

  switch (screen) {
    case 'wall':
      return <WallApp />
    case 'exec':
      return <ExecScreen />
    case 'ops':
      return <OpsScreen />
    case 'login':
      return <LoginScreen />
  }
}
