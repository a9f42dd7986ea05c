// Playback as the worker reports it. The worker owns the clock, so these fields are written from
// frames (applyFrame), never optimistically: a Play click sends {type:'play'} and the next frame
// says whether the simulation is playing.

import type { StateCreator } from 'zustand/vanilla'
import type { SimStore } from './types'

export interface PlaybackSlice {
  playing: boolean
  speed: number
  /** A long seek the worker is replaying in slices (worker/seeker.ts); null once its view came. */
  seeking: { readonly tick: number; readonly target: number } | null
  setSeeking(seeking: { readonly tick: number; readonly target: number } | null): void
}

export const createPlaybackSlice: StateCreator<SimStore, [], [], PlaybackSlice> = (set) => ({
  playing: false,
  speed: 1,
  seeking: null,
  setSeeking: (seeking) => set({ seeking }),
})
