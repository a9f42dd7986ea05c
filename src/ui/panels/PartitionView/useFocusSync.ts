import { useEffect } from 'react'
import { selectReady } from '../../store/selectors'
import { useSim, useSimApi } from '../../store/useSim'

/**
 * Tells the worker which log window to send: the partition shown, the first offset (null follows
 * the log end) and how many offsets fit the panel. Sent again whenever any of them changes, after
 * a restart of the simulation, and after the Partitions table sent its own focus.
 */
export function useFocusSync(partition: string | null, from: number | null, size: number): void {
  const session = useSimApi()
  const ready = useSim(selectReady)
  const selected = useSim((s) => s.selectedPartition)
  // biome-ignore lint/correctness/useExhaustiveDependencies: `selected` re-sends after the Partitions table set its own focus
  useEffect(() => {
    if (!ready || partition === null || size <= 0) return
    session.send({ type: 'setFocus', focus: { partition, from, size } })
  }, [session, ready, partition, from, size, selected])
}
