// One vanilla zustand store per <SimProvider> (and per test): no module singletons.

import { createStore, type StoreApi } from 'zustand/vanilla'
import type { Lang } from '../i18n/catalog'
import { createLayoutSlice } from './layoutSlice'
import { createPlaybackSlice } from './playbackSlice'
import { createSimSlice } from './simSlice'
import type { SimStore } from './types'
import { createUiSlice } from './uiSlice'

export type SimStoreApi = StoreApi<SimStore>

export function createSimStore(lang: Lang = 'en'): SimStoreApi {
  return createStore<SimStore>()((...a) => ({
    ...createSimSlice(...a),
    ...createPlaybackSlice(...a),
    ...createUiSlice(lang)(...a),
    ...createLayoutSlice(...a),
  }))
}
