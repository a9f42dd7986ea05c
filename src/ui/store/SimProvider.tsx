// Creates one store and one simulation session per provider, starts the simulation on mount and
// stops it on unmount. The client (worker) is created by session.start(), inside the effect, so
// StrictMode's double effects leave no stray worker.

import { type ReactNode, useEffect, useState } from 'react'
import { createLazyInProcessClient } from '../bridge/lazyInProcessClient'
import { type InitMessage, SimSession } from '../bridge/session'
import type { SimClient } from '../bridge/simClient'
import { createWorkerClient } from '../bridge/workerClient'
import type { Lang } from '../i18n/catalog'
import { LangProvider } from '../i18n/useT'
import { layoutShowing, rememberedLayout } from '../layout/panelLayout'
import type { SavedRun } from '../runs/persist'
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
  /** A saved run to offer for resuming (ResumeDialog); nothing runs until it is answered. */
  resume?: SavedRun | null
  /** Where the run is kept for the next visit (main.tsx: localStorage). */
  storage?: Storage | null
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

export function SimProvider({
  settings,
  lang,
  makeClient,
  onSession,
  resume = null,
  storage = null,
  children,
}: SimProviderProps) {
  const [session] = useState(() => {
    const store = createSimStore(lang)
    for (const n of settings.notices) store.getState().addNotice({ kind: 'warning', ...n })
    const panels = settings.panels === null ? rememberedLayout() : layoutShowing(settings.panels)
    if (panels !== null) store.getState().setPanels(panels)
    const factory = makeClient ?? (settings.worker ? createWorkerClient : createLazyInProcessClient)
    return new SimSession(store, factory, initMessage(settings), { storage })
  })
  useEffect(() => {
    session.boot(resume)
    const cleanup = onSession?.(session)
    return () => {
      cleanup?.()
      session.stop()
    }
  }, [session, onSession, resume])
  return (
    <SimContext.Provider value={session}>
      <LangProvider>{children}</LangProvider>
    </SimContext.Provider>
  )
}
