// Creates one store and one simulation session per provider, starts the simulation on mount and
// stops it on unmount. The client (worker) is created by session.start(), inside the effect, so
// StrictMode's double effects leave no stray worker.

import { type ReactNode, useEffect, useState } from 'react'
import { createLazyInProcessClient } from '../bridge/lazyInProcessClient'
import { type InitMessage, SimSession } from '../bridge/session'
import type { SimClient } from '../bridge/simClient'
import { createWorkerClient } from '../bridge/workerClient'
import type { Lang } from '../i18n/catalog'
import type { UrlSettings } from '../urlParams'
import { SimContext } from './context'
import { createSimStore } from './createSimStore'

export interface SimProviderProps {
  settings: UrlSettings
  lang: Lang
  /** Overrides the client choice (tests). */
  makeClient?: () => SimClient
  /** Called once the session runs (main.tsx installs window.kafkascope here). */
  onSession?: (session: SimSession) => () => void
  children: ReactNode
}

export function initMessage(settings: UrlSettings): InitMessage {
  return {
    type: 'init',
    seed: settings.seed,
    ...(settings.scenario === null ? {} : { scenario: settings.scenario }),
    playing: !settings.paused,
    speed: 1,
  }
}

export function SimProvider({ settings, lang, makeClient, onSession, children }: SimProviderProps) {
  const [session] = useState(() => {
    const store = createSimStore(lang)
    for (const n of settings.notices) store.getState().addNotice({ kind: 'warning', ...n })
    const factory = makeClient ?? (settings.worker ? createWorkerClient : createLazyInProcessClient)
    return new SimSession(store, factory, initMessage(settings))
  })
  useEffect(() => {
    session.start()
    const cleanup = onSession?.(session)
    return () => {
      cleanup?.()
      session.stop()
    }
  }, [session, onSession])
  return <SimContext.Provider value={session}>{children}</SimContext.Provider>
}
