// motion's animation features (layout animations, exit animations, the animate() engine), in a
// chunk of their own: MotionFeatures loads it after the first paint (LazyMotion), so the first
// load carries only motion's small `m` components. See motion's "Reduce bundle size" guide.

import { animate, domMax } from 'motion/react'

export default domMax
export { animate }
