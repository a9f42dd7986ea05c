import type { PlaybackSlice } from './playbackSlice'
import type { SimSlice } from './simSlice'
import type { UiSlice } from './uiSlice'

/** The whole page store: the simulation mirror, playback and page-only state. */
export type SimStore = SimSlice & PlaybackSlice & UiSlice
