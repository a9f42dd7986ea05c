// Reading consumer groups from the store. The engine rebuilds `groups` every frame, so a group (or
// a member) keeps its previous object while its data is unchanged: memoised cards then skip
// rendering when something else moved.

import { useMemo, useRef } from 'react'
import { equalData } from '../../../engine/diff'
import type { GroupView } from '../../../engine/groups/view'
import type { SimStore } from '../../store/types'
import { useSim } from '../../store/useSim'
import { type Incident, IncidentTracker } from './incidents'
import { type RebalanceStory, StoryTracker } from './rebalanceStory'

export const selectGroupIds = (s: SimStore): string[] =>
  s.view === null ? [] : Object.keys(s.view.groups.groups).sort()

/** `value`, or the previous one when they hold the same data. */
export function useStable<T>(value: T): T {
  const ref = useRef(value)
  if (ref.current !== value && !equalData(ref.current, value)) ref.current = value
  return ref.current
}

export function useGroup(id: string): GroupView | undefined {
  return useStable(useSim((s) => s.view?.groups.groups[id]))
}

export interface GroupHistory {
  readonly stories: Readonly<Record<string, RebalanceStory>>
  readonly incidents: Readonly<Record<string, readonly Incident[]>>
}

/** The latest rebalance and incidents of every group, folded incrementally from the event log. */
export function useGroupHistory(): GroupHistory {
  const events = useSim((s) => s.events)
  const cache = useRef<{
    list: typeof events
    stories: StoryTracker
    incidents: IncidentTracker
  } | null>(null)
  const stories = useMemo(() => {
    const c = cache.current
    if (c?.list.isPrefixOf(events)) {
      const fresh = events.slice(c.list.length)
      c.stories.feed(fresh)
      c.incidents.feed(fresh)
      c.list = events
    } else {
      const all = events.slice()
      cache.current = {
        list: events,
        stories: new StoryTracker().feed(all),
        incidents: new IncidentTracker().feed(all),
      }
    }
    return cache.current as NonNullable<typeof cache.current>
  }, [events])
  return { stories: stories.stories.stories(), incidents: stories.incidents.incidents() }
}
