import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { SCENARIOS } from '../engine/scenarios'
import { App } from './App'
import { installCrashHook } from './bridge/crashHook'
import type { SimSession } from './bridge/session'
import { loadLang } from './i18n/catalog'
import { browserLanguages, chooseLang, rememberedLang } from './i18n/lang'
import { pageStorage, resumeOffer } from './runs/boot'
import { SimProvider } from './store/SimProvider'
import { installTestHook } from './testHook'
import { parseUrlParams } from './urlParams'
import './styles/tokens.css'
import './styles/base.css'
import './styles/layout.css'
import './styles/timeline.css'
import './styles/cluster.css'
import './styles/cluster-chips.css'
import './styles/forms.css'
import './styles/panels.css'
import './styles/partition.css'
import './styles/partition-flight.css'

const settings = parseUrlParams(
  window.location.search,
  SCENARIOS.map((s) => s.id),
)
const lang = chooseLang(settings.lang, rememberedLang(), browserLanguages())
document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en'

const storage = pageStorage()
const resume = resumeOffer(storage, window.location.search, settings)

function onSession(session: SimSession): () => void {
  const uninstall = [installTestHook(session), installCrashHook(session)]
  return () => {
    for (const u of uninstall) u()
  }
}

const root = document.getElementById('root')
if (root === null) throw new Error('kafkascope: index.html has no #root element')

function render(el: HTMLElement): void {
  createRoot(el).render(
    <StrictMode>
      <SimProvider
        settings={settings}
        lang={lang}
        onSession={onSession}
        resume={resume}
        storage={storage}
      >
        <App />
      </SimProvider>
    </StrictMode>,
  )
}

// English's first-screen text is part of the first load (the rest comes with the panels that load
// after the first paint); another language's catalog is fetched first (a failed fetch leaves the
// English text, which every lookup falls back to).
if (lang === 'en') render(root)
else
  loadLang(lang).then(
    () => render(root),
    () => render(root),
  )
