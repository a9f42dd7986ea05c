// motion's animation features (exit animations, the animate() engine), in a chunk of their own:
// MotionFeatures loads it after the first paint (LazyMotion), so the first load carries only
// motion's small `m` components. See motion's "Reduce bundle size" guide. No layout animations
// (domMax): they measure the page after every commit; shared elements slide by FLIP (flip.tsx).

import { animate, domAnimation } from 'motion/react'

export default domAnimation
export { animate }
