import { useSim } from '../store/useSim'

/**
 * The caption slot for narrated walkthroughs: empty unless window.kafkascope.narrate(text) filled
 * it. Rendered as a text node (never HTML), in a polite live region so it is read out too.
 */
export function Narration() {
  const text = useSim((s) => s.narration)
  return (
    <div
      className={`narration${text === null ? ' narration-empty' : ''}`}
      data-testid="narration"
      role="status"
      aria-live="polite"
    >
      {text}
    </div>
  )
}
