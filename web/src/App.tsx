import { lazy, Suspense, useEffect } from 'react'

import { i18next, languageOf } from './i18n/i18n.js'

/** The screens by their path's first segment; `/` is the login, which sends each role to its screen. */
export type ScreenName = 'wall' | 'exec' | 'ops' | 'login'

export function screenOf(pathname: string): ScreenName {
  const first = pathname.split('/')[1] ?? ''
  return first === 'wall' || first === 'exec' || first === 'ops' ? first : 'login'
}

const screen = screenOf(window.location.pathname)
// Set before the first render: the wall's type scales with the viewport, the other screens' do not.
document.documentElement.dataset.screen = screen

/**
 * Each screen is its own chunk, loaded only where it is shown: a wall never downloads, parses or runs the
 * tablet's or the console's code (a third of the app), and shows its data that much sooner.
 */
const WallApp = lazy(() => import('./screens/wall/WallApp.js').then((m) => ({ default: m.WallApp })))
const ExecScreen = lazy(() => import('./screens/exec/ExecScreen.js').then((m) => ({ default: m.ExecScreen })))
const OpsScreen = lazy(() => import('./screens/ops/OpsScreen.js').then((m) => ({ default: m.OpsScreen })))
const LoginScreen = lazy(() =>
  import('./screens/login/LoginScreen.js').then((m) => ({ default: m.LoginScreen })),
)

export function App() {
  useEffect(() => {
    void i18next.changeLanguage(languageOf(window.location.search))
    document.documentElement.lang = i18next.language
  }, [])

  return (
    <Suspense fallback={null}>
      <Screen name={screen} />
    </Suspense>
  )
}

function Screen({ name }: { name: ScreenName }) {
  switch (name) {
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
