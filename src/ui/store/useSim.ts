// Reading the store from components. Select as little as possible: a container selects id lists
// (through useShallow when the selector builds an array), an item selects its own record by id.

import { useContext } from 'react'
import { useStore } from 'zustand'
import type { SimSession } from '../bridge/session'
import { SimContext } from './context'
import type { SimStore } from './types'

export function useSimApi(): SimSession {
  const session = useContext(SimContext)
  if (session === null)
    throw new Error(
      'kafkascope: useSim()/useSimApi() must be used inside <SimProvider> (see src/ui/store/SimProvider.tsx)',
    )
  return session
}

export function useSim<T>(selector: (s: SimStore) => T): T {
  return useStore(useSimApi().store, selector)
}
