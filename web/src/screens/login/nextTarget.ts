import type { UserRole } from '@pendopo/shared'

import { homeOf } from '../../live/session.js'

/**
 * Where to go after logging in: the page that sent the browser here (`?next=`), if it is one of ours, else
 * the role's home. Only a same-origin path is followed — `//evil.example` or `https://…` would make the
 * login page an open redirect, handing a fresh session's user to someone else's page.
 *
 * @example
 * afterLogin('?next=%2Fops%2Fcomplaints%2F01J…', 'operator') // '/ops/complaints/01J…'
 * afterLogin('?next=https%3A%2F%2Fevil.example', 'operator') // '/ops'
 */
export function afterLogin(search: string, role: UserRole): string {
  const params = new URLSearchParams(search)
  const next = params.get('next')
  if (next && isOwnPath(next)) return next
  const lang = params.get('lang')
  return lang === 'en' ? `${homeOf(role)}?lang=en` : homeOf(role)
}

/** A path on this origin, not the login page itself. */
function isOwnPath(next: string): boolean {
  if (!next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return false
  // Control characters and whitespace have no place in our paths; browsers strip some of them, which can
  // turn an innocent-looking value into a protocol-relative URL.
  if (/[\u0000-\u0020\u007f]/.test(next)) return false
  const path = next.split(/[?#]/)[0] ?? ''
  return path !== '/login' && path !== '/'
}
