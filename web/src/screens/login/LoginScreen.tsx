import '../../theme/desk.css'
import './strings.js'

import { OPS_IDS, type SessionInfo } from '@pendopo/shared'
import { type FormEvent, useEffect, useRef, useState } from 'react'
import { useTranslation } from 'react-i18next'

import { useNow } from '../../components/useNow.js'
import { fetchSession, login, logout } from '../../live/session.js'
import { type Translate, useTranslate } from '../ops/common/translate.js'

import { LanguageLink } from './LanguageLink.js'
import { type LoginRefusal, loginRefusal } from './loginRefusal.js'
import { afterLogin } from './nextTarget.js'

/**
 * The login page: a username and a password, a session cookie on success, then the page that sent the
 * browser here (or the role's home). Every refusal is said in words, a rate limit with how long to wait.
 */
export function LoginScreen() {
  const { t } = useTranslation('login')
  const [signedIn, setSignedIn] = useState<SessionInfo | null>(null)
  useEffect(() => {
    let live = true
    void fetchSession().then((result) => {
      if (live && result.ok) setSignedIn(result.value)
    })
    return () => {
      live = false
    }
  }, [])

  return (
    <div className="desk desk-login">
      <main className="desk-login-card" aria-labelledby="login-title">
        <p className="desk-brand">
          <span className="desk-brand-mark">{t('brand')}</span> {t('place')}
        </p>
        <h1 id="login-title">{t('title')}</h1>
        <p className="desk-dim">{t('intro')}</p>
        {signedIn ? <SignedIn session={signedIn} onLogout={() => setSignedIn(null)} /> : <LoginForm />}
        <p className="desk-login-language">
          <LanguageLink />
        </p>
      </main>
    </div>
  )
}

function LoginForm() {
  const { t } = useTranslate('login')
  const [username, setUsername] = useState('')
  const [password, setPassword] = useState('')
  const [busy, setBusy] = useState(false)
  const [refusal, setRefusal] = useState<{ refusal: LoginRefusal; at: number } | 'empty' | null>(null)
  const usernameRef = useRef<HTMLInputElement>(null)
  const passwordRef = useRef<HTMLInputElement>(null)

  const waitUntil =
    refusal !== null &&
    refusal !== 'empty' &&
    refusal.refusal.kind === 'rateLimited' &&
    refusal.refusal.retryAfterSec !== null
      ? refusal.at + refusal.refusal.retryAfterSec * 1000
      : null
  const now = useNow(waitUntil === null ? 60_000 : 1_000)
  const waiting = waitUntil !== null && now < waitUntil

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (busy || waiting) return
    if (!username.trim() || !password) {
      setRefusal('empty')
      ;(username.trim() ? passwordRef : usernameRef).current?.focus()
      return
    }
    setBusy(true)
    const result = await login(username.trim(), password)
    if (result.ok) {
      window.location.assign(afterLogin(window.location.search, result.value.user.role))
      return
    }
    setBusy(false)
    setRefusal({ refusal: loginRefusal(result.problem), at: Date.now() })
    setPassword('')
    passwordRef.current?.focus()
  }

  const message =
    refusal === 'empty'
      ? t('error.empty')
      : refusal &&
        refusalMessage(refusal.refusal, {
          t,
          secondsLeft: waitUntil === null ? null : (waitUntil - now) / 1000,
        })

  return (
    <form
      className="desk-login-form"
      data-testid={OPS_IDS.login.form}
      onSubmit={(e) => void submit(e)}
      noValidate
    >
      <label className="desk-field">
        <span className="desk-label">{t('username')}</span>
        <input
          ref={usernameRef}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          autoFocus
          value={username}
          onChange={(e) => setUsername(e.target.value)}
          data-testid={OPS_IDS.login.username}
          aria-invalid={refusal === 'empty' && !username.trim() ? true : undefined}
        />
      </label>
      <label className="desk-field">
        <span className="desk-label">{t('password')}</span>
        <input
          ref={passwordRef}
          name="password"
          type="password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          data-testid={OPS_IDS.login.password}
          aria-describedby={message ? 'login-error' : undefined}
        />
      </label>
      <div id="login-error" role="alert" className="desk-alert-slot" data-testid={OPS_IDS.login.error}>
        {message ? <p className="desk-error">{message}</p> : null}
      </div>
      <button
        type="submit"
        className="desk-button desk-button-primary"
        disabled={busy || waiting}
        data-testid={OPS_IDS.login.submit}
      >
        {busy ? t('submitting') : t('submit')}
      </button>
    </form>
  )
}

function refusalMessage(
  refusal: LoginRefusal,
  { t, secondsLeft }: { t: Translate; secondsLeft: number | null },
): string {
  switch (refusal.kind) {
    case 'credentials':
      return t('error.credentials')
    case 'offline':
      return t('error.offline')
    case 'other':
      return t('error.other', { message: refusal.message })
    case 'rateLimited': {
      if (secondsLeft === null) return t('error.rateLimited.unknown')
      const seconds = Math.max(1, Math.ceil(secondsLeft))
      const wait =
        seconds < 120
          ? t('wait.seconds', { count: seconds })
          : t('wait.minutes', { count: Math.ceil(seconds / 60) })
      return t('error.rateLimited', { wait })
    }
  }
}

function SignedIn({ session, onLogout }: { session: SessionInfo; onLogout: () => void }) {
  const { t } = useTranslation('login')
  return (
    <div className="desk-login-form">
      <p>{t('signedIn', { name: session.user.name })}</p>
      <div className="desk-row">
        <a
          className="desk-button desk-button-primary"
          href={afterLogin(window.location.search, session.user.role)}
        >
          {t('continue')}
        </a>
        <button type="button" className="desk-button" onClick={() => void logout().then(onLogout)}>
          {t('logout')}
        </button>
      </div>
    </div>
  )
}
