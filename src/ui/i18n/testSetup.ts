// Vitest setup (vite.config.ts test.setupFiles): every catalog is loaded, as the page has them by
// the time it renders in a language.

import { LANGS, loadLang } from './catalog'

await Promise.all(LANGS.map(loadLang))
