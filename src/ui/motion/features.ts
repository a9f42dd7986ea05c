// motion's animation features (exit animations, the animate() engine), in a chunk of their own,
// loaded after the first paint: a moment after the simulation's first frame (usePrefetchMotion),
// or sooner by what needs it: MotionFeatures (LazyMotion) when a view with `m.*` components mounts
// (the partition log, a deferred panel), the first FLIP slide or change animation (flip.tsx,
// useChangeAnimation.ts). The first load carries none of it. See motion's "Reduce bundle size"
// guide. No layout animations (domMax): they measure the page after every commit; shared elements
// slide by FLIP (flip.tsx).

import { animate, domAnimation } from 'motion/react'

export default domAnimation
export { animate }
