// Dialogs that start closed load their code after the first paint: IDLE_LOAD_MS after the
// simulation's first frame (so one opened by the address, like #why-fast, mounts and opens a moment
// later), or at once when the store says the dialog is open (a keyboard shortcut, a button).

import { type ComponentType, useEffect, useState, useSyncExternalStore } from 'react'
import { loadDeferredText } from '../i18n/catalog'
import { selectReady } from '../store/selectors'
import type { SimStore } from '../store/types'
import { useSim, useSimApi } from '../store/useSim'

const IDLE_LOAD_MS = 1500

export function deferredDialog(
  load: () => Promise<ComponentType>,
  isOpen: (s: SimStore) => boolean,
): ComponentType {
  let loaded: ComponentType | null = null
  let pending: Promise<ComponentType> | null = null
  const fetchDialog = () => {
    // Its English text comes with it (the first load has the first screen's only).
    pending ??= Promise.all([load(), loadDeferredText()]).then(([C]) => {
      loaded = C
      return C
    })
    return pending
  }
  return function Deferred() {
    const [Loaded, setLoaded] = useState<ComponentType | null>(() => loaded)
    const { store } = useSimApi()
    const simReady = useSyncExternalStore(store.subscribe, () => selectReady(store.getState()))
    const open = useSim(isOpen)
    useEffect(() => {
      if (Loaded !== null || (!open && !simReady)) return
      let live = true
      const go = () => {
        fetchDialog().then(
          (C) => {
            if (live) setLoaded(() => C)
          },
          (err: unknown) => {
            pending = null
            console.warn('kafkascope: a dialog failed to load', err)
          },
        )
      }
      const timer = setTimeout(go, open ? 0 : IDLE_LOAD_MS)
      return () => {
        live = false
        clearTimeout(timer)
      }
    }, [Loaded, open, simReady])
    return Loaded === null ? null : <Loaded />
  }
}
