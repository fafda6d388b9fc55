import { OPS_IDS } from '@pendopo/shared'
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react'
import { afterEach, describe, expect, it, vi } from 'vitest'

import { LoginScreen } from './LoginScreen.js'

const json = (status: number, body: unknown) =>
  Promise.resolve(
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
  )

const SESSION = {
  user: {
    id: 'u1',
    username: 'dpubmpr',
    name: 'Operator PU',
    role: 'operator',
    opd: 'DPUBMPR',
    disabled: false,
  },
  expiresAt: '2026-11-23T15:00:00.000Z',
}

/** The login page against a fake server that answers each login attempt with the next of `answers`. */
function renderLogin(answers: Array<() => Promise<Response>>, search = '') {
  const attempts: unknown[] = []
  vi.stubGlobal('fetch', (url: string, init?: RequestInit) => {
    if (init?.method === 'POST') {
      attempts.push(JSON.parse(init.body as string))
      return (answers.shift() ?? (() => json(500, { error: 'no more answers' })))()
    }
    return json(401, { error: 'not logged in' })
  })
  window.history.replaceState(null, '', `/login${search}`)
  const assign = vi.spyOn(window.location, 'assign').mockImplementation(() => undefined)
  render(<LoginScreen />)
  const logIn = (username: string, password: string) => {
    fireEvent.change(screen.getByLabelText('Nama pengguna'), { target: { value: username } })
    fireEvent.change(screen.getByLabelText('Kata sandi'), { target: { value: password } })
    fireEvent.click(screen.getByTestId(OPS_IDS.login.submit))
  }
  return { attempts, assign, logIn }
}

describe('the login page', () => {
  afterEach(() => {
    cleanup()
    vi.useRealTimers()
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('[LG4] has a labelled field for each credential and asks for both before sending', async () => {
    const { attempts, logIn } = renderLogin([])
    logIn('dpubmpr', '')
    expect(screen.getByTestId(OPS_IDS.login.error).textContent).toBe('Isi nama pengguna dan kata sandi.')
    expect(attempts).toEqual([])
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Kata sandi')))
  })

  it('[LG4] says a wrong password plainly, and empties the password field', async () => {
    const { logIn } = renderLogin([() => json(401, { error: 'wrong username or password' })])
    logIn('dpubmpr', 'salah-sekali')
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.login.error).textContent).toBe(
        'Nama pengguna atau kata sandi salah.',
      ),
    )
    expect(screen.getByLabelText<HTMLInputElement>('Kata sandi').value).toBe('')
  })

  it('[LG5] a rate limit says how long to wait, counts down, and keeps the button off until then', async () => {
    // The countdown's clock is faked; the page's own requests and React's scheduling are not.
    vi.useFakeTimers({ toFake: ['Date', 'setInterval', 'clearInterval'] })
    const { logIn } = renderLogin([() => json(429, { error: 'too many failed logins', retryAfter: 90 })])
    logIn('dpubmpr', 'salah-sekali')
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.login.error).textContent).toBe(
        'Terlalu banyak percobaan masuk. Coba lagi dalam 90 detik.',
      ),
    )
    expect(screen.getByTestId<HTMLButtonElement>(OPS_IDS.login.submit).disabled).toBe(true)
    vi.advanceTimersByTime(60_000)
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.login.error).textContent).toContain('dalam 30 detik'),
    )
    vi.advanceTimersByTime(31_000)
    await waitFor(() =>
      expect(screen.getByTestId<HTMLButtonElement>(OPS_IDS.login.submit).disabled).toBe(false),
    )
  })

  it('[LG5] a rate limit without a stated wait still says what happened and what to do', async () => {
    const { logIn } = renderLogin([
      () => json(429, { error: 'too many failed logins: try again in 15 minutes' }),
    ])
    logIn('dpubmpr', 'salah-sekali')
    await waitFor(() =>
      expect(screen.getByTestId(OPS_IDS.login.error).textContent).toBe(
        'Terlalu banyak percobaan masuk. Tunggu beberapa menit, lalu coba lagi.',
      ),
    )
  })

  it('[LG1] after a login goes to the page that asked for it', async () => {
    const { assign, logIn, attempts } = renderLogin(
      [() => json(200, SESSION)],
      '?next=%2Fops%2Fcomplaints%2FX',
    )
    logIn(' dpubmpr ', 'pendopo-demo-2026')
    await waitFor(() => expect(assign).toHaveBeenCalledWith('/ops/complaints/X'))
    expect(attempts).toEqual([{ username: 'dpubmpr', password: 'pendopo-demo-2026' }])
  })
})
