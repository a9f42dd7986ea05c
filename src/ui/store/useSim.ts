// Reading the store from components. Select as little as possible: a container selects id lists
// (through useShallow when the selector builds an array), an item selects its own record by id.
// In a panel that is off screen, a component keeps the value it had until the panel's visibility
// epoch moves (every 2–10 s, or when it comes into view); its store subscription goes through the
// panel's slot, which passes store changes on only while on screen: see store/visibility.ts. A
// component re-renders only when the value it selects changes (Object.is), as with zustand's
// useStore.

import { useCallback, useContext, useRef, useSyncExternalStore } from 'react'
import type { SimSession } from '../bridge/session'
import { SimContext } from './context'
import type { SimStore } from './types'
import { PanelVisibility } from './visibility'

export function useSimApi(): SimSession {
  const session = useContext(SimContext)
  if (session === null)
    throw new Error(
      'kafkascope: useSim()/useSimApi() must be used inside <SimProvider> (see src/ui/store/SimProvider.tsx)',
    )
  return session
}

export function useSim<T>(selector: (s: SimStore) => T): T {
  const store = useSimApi().store
  const vis = useContext(PanelVisibility)
  const last = useRef<{ epoch: number; value: T } | null>(null)
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (vis?.subscribeSim !== undefined) return vis.subscribeSim(store, onChange)
      const offStore = store.subscribe(onChange)
      const offVis = vis?.subscribe(onChange)
      return () => {
        offStore()
        offVis?.()
      }
    },
    [store, vis],
  )
  const snapshot = (): T => {
    const s = store.getState()
    if (vis === null) return selector(s)
    const { offscreen, epoch } = vis.get()
    const c = last.current
    if (offscreen && c !== null && c.epoch === epoch) return c.value
    const value = selector(s)
    if (c === null) last.current = { epoch, value }
    else {
      c.epoch = epoch
      c.value = value
    }
    return value
  }
  return useSyncExternalStore(subscribe, snapshot, () => selector(store.getInitialState()))
}
