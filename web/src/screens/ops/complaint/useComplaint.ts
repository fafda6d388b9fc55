import { useCallback, useEffect, useRef, useState } from 'react'

import type { ApiError } from '../../../live/session.js'
import { latestVersionOf } from '../actions/pending.js'
import { useOps } from '../OpsContext.js'
import { followEvents } from '../queue/followEvents.js'

import { type ComplaintDetail, fetchComplaint } from './complaintApi.js'

export type ComplaintLoad =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready'
      readonly detail: ComplaintDetail
      /** The last reload failed (the complaint left this operator's OPD, the server is away): what is shown is older. */
      readonly stale: ApiError | null
    }
  | { readonly status: 'failed'; readonly problem: ApiError }

export interface ComplaintState {
  readonly load: ComplaintLoad
  /** The newest version the live events announced for this complaint (it may be ahead of what is shown). */
  readonly liveVersion: number
  readonly reload: () => void
}

/**
 * One complaint, kept current: read once, and read again whenever an event about it newer than the
 * version shown arrives through the socket (another operator acted, an SLA clock fired), or events were
 * missed. A reload keeps the old picture on screen until the new one is there.
 */
export function useComplaint(id: string): ComplaintState {
  const [load, setLoad] = useState<ComplaintLoad>({ status: 'loading' })
  const [liveVersion, setLiveVersion] = useState(0)
  const shownVersion = useRef(0)
  const inFlight = useRef<AbortController | null>(null)
  const { wall } = useOps()

  const reload = useCallback(() => {
    inFlight.current?.abort()
    const aborter = new AbortController()
    inFlight.current = aborter
    fetchComplaint(id, aborter.signal).then(
      (result) => {
        if (aborter.signal.aborted) return
        inFlight.current = null
        if (result.ok) {
          shownVersion.current = result.value.complaint.version
          setLoad({ status: 'ready', detail: result.value, stale: null })
        } else {
          // A failed reload keeps what is shown, and says it is older; only a first load shows the failure.
          setLoad((old) =>
            old.status === 'ready'
              ? { ...old, stale: result.problem }
              : { status: 'failed', problem: result.problem },
          )
        }
      },
      () => undefined, // aborted
    )
  }, [id])

  useEffect(() => {
    reload()
    return () => inFlight.current?.abort()
  }, [reload])

  useEffect(
    () =>
      followEvents(wall.store, {
        onEvents: (events) => {
          const latest = latestVersionOf(events, id)
          if (latest === 0) return
          setLiveVersion((v) => Math.max(v, latest))
          if (latest > shownVersion.current) reload()
        },
        onMissed: reload,
      }),
    [wall, id, reload],
  )

  return { load, liveVersion, reload }
}
