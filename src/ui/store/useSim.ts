// Reading the store from components. Select as little as possible: a container selects id lists
// (through useShallow when the selector builds an array), an item selects its own record by id.
// In a panel that is off screen, a component keeps the value it had until the panel's visibility
// epoch moves (once a second, or when it comes into view): see store/visibility.ts.

import { useContext, useRef } from 'react'
import { useStore } from 'zustand'
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
  const throttled =
    vis === null
      ? selector
      : (s: SimStore): T => {
          const c = last.current
          if (vis.offscreen && c !== null && c.epoch === vis.epoch) return c.value
          const value = selector(s)
          if (c === null) last.current = { epoch: vis.epoch, value }
          else {
            c.epoch = vis.epoch
            c.value = value
          }
          return value
        }
  return useStore(store, throttled)
}
