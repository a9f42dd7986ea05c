import type { LayoutSlice } from './layoutSlice'
import type { PlaybackSlice } from './playbackSlice'
import type { SimSlice } from './simSlice'
import type { UiSlice } from './uiSlice'

/** The whole page store: the simulation mirror, playback, page-only state and the presentation layout. */
export type SimStore = SimSlice & PlaybackSlice & UiSlice & LayoutSlice
