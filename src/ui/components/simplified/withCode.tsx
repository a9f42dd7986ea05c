import type { ReactNode } from 'react'

/** Text with `Kafka names` in backticks, the names as <code>. */
export function withCode(text: string): ReactNode[] {
  const out: ReactNode[] = []
  let offset = 0
  for (const [i, part] of text.split('`').entries()) {
    // the key is where the part starts in the text: stable, and unique
    out.push(i % 2 === 1 ? <code key={offset}>{part}</code> : part)
    offset += part.length + 1
  }
  return out
}
