// Playback as the worker reports it. The worker owns the clock, so these fields are written from
// frames (applyFrame), never optimistically: a Play click sends {type:'play'} and the next frame
// says whether the simulation is playing.

import type { StateCreator } from 'zustand/vanilla'
import type { SimStore } from './types'

export interface PlaybackSlice {
  playing: boolean
  speed: number
}

export const createPlaybackSlice: StateCreator<SimStore, [], [], PlaybackSlice> = () => ({
  playing: false,
  speed: 1,
})
