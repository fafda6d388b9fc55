import { ErrorBodySchema, type SessionInfo, SessionInfoSchema, type UserRole } from '@pendopo/shared'
import { useEffect, useState } from 'react'

/** A refusal as the server words it: the status, its sentence, and per-field problems for forms. */
export interface ApiError {
  readonly status: number
  readonly error: string
  readonly issues: ReadonlyArray<{ path: string; message: string }>
  /** The whole body, for refusals that explain more (a 409's `changes`). */
  readonly body: Record<string, unknown>
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; problem: ApiError }

/**
 * One call to the API with the session cookie (same origin), its answer checked against `parse`. A network
 * failure is a problem with status 0, never an exception: every screen shows it and stays usable.
 */
export async function api<T>(
  path: string,
  options: { method?: string; body?: unknown; parse: (json: unknown) => T; signal?: AbortSignal },
): Promise<ApiResult<T>> {
  try {
    const res = await fetch(path, {
      method: options.method ?? 'GET',
      credentials: 'same-origin',
      headers: options.body === undefined ? {} : { 'content-type': 'application/json' },
      ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
      ...(options.signal ? { signal: options.signal } : {}),
    })
    const json: unknown = res.status === 204 ? null : await res.json().catch(() => null)
    if (res.ok) return { ok: true, value: options.parse(json) }
    const parsed = ErrorBodySchema.safeParse(json)
    return {
      ok: false,
      problem: {
        status: res.status,
        error: parsed.success ? parsed.data.error : `HTTP ${res.status}`,
        issues: parsed.success ? (parsed.data.issues ?? []) : [],
        body: (json ?? {}) as Record<string, unknown>,
      },
    }
  } catch (error) {
    if (options.signal?.aborted) throw error
    return { ok: false, problem: { status: 0, error: 'network', issues: [], body: {} } }
  }
}

export const login = (username: string, password: string) =>
  api('/api/v1/session', {
    method: 'POST',
    body: { username, password },
    parse: (j) => SessionInfoSchema.parse(j),
  })

export const logout = () => api('/api/v1/session', { method: 'DELETE', parse: () => null })

export const fetchSession = () => api('/api/v1/session', { parse: (j) => SessionInfoSchema.parse(j) })

/** Where a role works: executives on the tablet, everyone else who logs in at the desk. */
export const homeOf = (role: UserRole): string => (role === 'executive' ? '/exec' : '/ops')

/** The login page, asked to come back here afterwards. */
export function loginUrl(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  return `/login?next=${encodeURIComponent(location.pathname + location.search + location.hash)}`
}

export type SessionState =
  | { readonly status: 'loading' }
  | { readonly status: 'ready'; readonly session: SessionInfo }
  | { readonly status: 'offline' }

/**
 * The logged-in user for a screen that needs one: without a session the browser goes to the login page
 * (and comes back after it); while the server cannot be reached, `offline`, asked again shortly.
 */
export function useSession(): SessionState {
  const [state, setState] = useState<SessionState>({ status: 'loading' })
  useEffect(() => {
    let stopped = false
    let timer: ReturnType<typeof setTimeout> | undefined
    const check = async () => {
      const result = await fetchSession()
      if (stopped) return
      if (result.ok) setState({ status: 'ready', session: result.value })
      else if (result.problem.status === 401) window.location.assign(loginUrl(window.location))
      else {
        setState({ status: 'offline' })
        timer = setTimeout(() => void check(), 3_000)
      }
    }
    void check()
    return () => {
      stopped = true
      clearTimeout(timer)
    }
  }, [])
  return state
}
