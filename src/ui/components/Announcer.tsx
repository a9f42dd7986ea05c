import { useEffect, useRef, useState } from 'react'
import type { SimEvent } from '../../engine/events'
import { useSimApi } from '../store/useSim'
import { ANNOUNCE_GAP_MS, enqueue } from './announceQueue'

/**
 * A polite live region for the events that matter (leader elected, partition offline, records
 * lost), throttled. It listens to the store outside React's render (a transient subscription)
 * and only to events that arrive while the run moves forward, not to those restored by a seek.
 */
export function Announcer() {
  const { store } = useSimApi()
  const [message, setMessage] = useState('')
  const pending = useRef<SimEvent[]>([])
  const last = useRef(0)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)

  useEffect(() => {
    let live = true
    const flush = () => {
      timer.current = null
      const [next, ...rest] = pending.current
      if (next === undefined) return
      pending.current = rest
      last.current = performance.now()
      // The event texts load with the first announcement, not with the page.
      void import('../i18n/describeEvent').then(({ describeEvent }) => {
        if (live) setMessage(describeEvent(next, store.getState().lang))
      })
      if (rest.length > 0) timer.current = setTimeout(flush, ANNOUNCE_GAP_MS)
    }
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.events === prev.events || s.lastFrameFull || s.events.length <= prev.events.length)
        return
      const fresh = s.events.slice(prev.events.length)
      pending.current = enqueue(pending.current, fresh)
      if (pending.current.length === 0 || timer.current !== null) return
      const wait = Math.max(0, last.current + ANNOUNCE_GAP_MS - performance.now())
      timer.current = setTimeout(flush, wait)
    })
    return () => {
      live = false
      unsubscribe()
      if (timer.current !== null) clearTimeout(timer.current)
    }
  }, [store])

  return (
    <div className="sr-only" aria-live="polite" aria-atomic="true">
      {message}
    </div>
  )
}
