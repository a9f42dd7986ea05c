import { describe, expect, it } from 'vitest'
import {
  DEFAULT_LAYOUT,
  layoutRows,
  layoutShowing,
  movePanel,
  normalizeLayout,
  PANEL_IDS,
  parsePanelsParam,
  setHidden,
  visiblePanels,
} from './panelLayout'

describe('panel layout', () => {
  it('lays out the default page: timeline | counters, then main | side, then full rows', () => {
    expect(layoutRows(visiblePanels(DEFAULT_LAYOUT))).toEqual([
      { kind: 'split', main: ['timeline'], side: ['counters'], narrow: true },
      {
        kind: 'split',
        main: ['cluster', 'partitions', 'partition-view'],
        side: ['produce', 'event-log'],
        narrow: false,
      },
      { kind: 'full', id: 'groups' },
      { kind: 'full', id: 'metrics' },
      { kind: 'full', id: 'cli-topics' },
      { kind: 'full', id: 'cli-groups' },
      { kind: 'full', id: 'config' },
    ])
  })

  it('shows exactly the panels of ?panels, in that order', () => {
    const l = layoutShowing(['cluster', 'partition-view', 'event-log'])
    expect(visiblePanels(l)).toEqual(['cluster', 'partition-view', 'event-log'])
    expect(l.order).toHaveLength(PANEL_IDS.length)
    expect(layoutRows(visiblePanels(l))).toEqual([
      { kind: 'split', main: ['cluster', 'partition-view'], side: ['event-log'], narrow: false },
    ])
    // a side panel first gets a row of its own
    expect(layoutRows(['event-log', 'cluster'])).toEqual([
      { kind: 'full', id: 'event-log' },
      { kind: 'full', id: 'cluster' },
    ])
  })

  it('parses ?panels and names the unknown ones', () => {
    expect(parsePanelsParam('cluster, event-log')).toEqual({
      ok: true,
      panels: ['cluster', 'event-log'],
    })
    expect(parsePanelsParam('cluster,brokers,x')).toEqual({ ok: false, bad: ['brokers', 'x'] })
    expect(parsePanelsParam(',')).toMatchObject({ ok: false })
  })

  it('hides, shows and moves panels among the visible ones', () => {
    const hidden = setHidden(DEFAULT_LAYOUT, 'partitions', true)
    expect(visiblePanels(hidden)).not.toContain('partitions')
    expect(visiblePanels(setHidden(hidden, 'partitions', false))).toContain('partitions')
    // partitions is hidden: moving the log view up swaps it with the cluster
    const moved = movePanel(hidden, 'partition-view', -1)
    expect(visiblePanels(moved).slice(2, 4)).toEqual(['partition-view', 'cluster'])
    expect(movePanel(DEFAULT_LAYOUT, 'timeline', -1)).toBe(DEFAULT_LAYOUT)
    expect(movePanel(DEFAULT_LAYOUT, 'config', 1)).toBe(DEFAULT_LAYOUT)
  })

  it('repairs a stored layout: unknown ids dropped, missing ones appended', () => {
    const l = normalizeLayout({ order: ['config', 'nope', 'cluster'], hidden: ['nope', 'groups'] })
    expect(l?.order.slice(0, 2)).toEqual(['config', 'cluster'])
    expect(l?.order).toHaveLength(PANEL_IDS.length)
    expect(l?.hidden).toEqual(['groups'])
    expect(normalizeLayout('x')).toBeNull()
    expect(normalizeLayout({ order: 1, hidden: [] })).toBeNull()
  })
})
