// The badges of a broker card, derived from its view: the process status first, then what else
// applies (controller, fenced, shutting down, slow). Each has an icon, words and a colour class.

import type { BrokerView } from '../../../engine/view'
import type { MessageKey, Params } from '../../i18n/catalog'
import type { TermId } from '../../i18n/terms'
import type { IconName } from './icons'

export interface BrokerBadge {
  readonly id: 'online' | 'offline' | 'isolated' | 'controller' | 'fenced' | 'shuttingDown' | 'slow'
  readonly icon: IconName
  readonly label: MessageKey
  readonly params?: Params
  readonly title?: MessageKey
  /** The Kafka term the label names (it then gets the term's tooltip instead of a title). */
  readonly term?: TermId
  /** CSS class giving the colour. */
  readonly tone: 'ok' | 'danger' | 'warn' | 'controller' | 'slow'
}

export function brokerBadges(b: BrokerView): BrokerBadge[] {
  const out: BrokerBadge[] = []
  if (b.status === 'offline')
    out.push({ id: 'offline', icon: 'offline', label: 'broker.status.offline', tone: 'danger' })
  else if (b.status === 'isolated')
    out.push({
      id: 'isolated',
      icon: 'isolated',
      label: 'broker.status.isolated',
      title: 'broker.isolatedTitle',
      tone: 'warn',
    })
  else out.push({ id: 'online', icon: 'online', label: 'broker.status.online', tone: 'ok' })
  if (b.controller)
    out.push({
      id: 'controller',
      icon: 'controller',
      label: 'broker.controller',
      title: 'broker.controllerTitle',
      term: 'controller',
      tone: 'controller',
    })
  if (b.status === 'offline') return out
  if (b.shuttingDown)
    out.push({
      id: 'shuttingDown',
      icon: 'shutdown',
      label: 'broker.shuttingDown',
      title: 'broker.shuttingDownTitle',
      tone: 'warn',
    })
  if (b.fenced)
    out.push({
      id: 'fenced',
      icon: 'fenced',
      label: 'broker.fenced',
      title: 'broker.fencedTitle',
      term: 'fenced',
      tone: 'warn',
    })
  if (b.slowMs > 0)
    out.push({
      id: 'slow',
      icon: 'slow',
      label: 'broker.slow',
      params: { ms: b.slowMs },
      title: 'broker.slowBadgeTitle',
      tone: 'slow',
    })
  return out
}

/** Extra card classes: the most serious condition decides the card's stripe. */
export function brokerTone(b: BrokerView): 'online' | 'offline' | 'isolated' | 'degraded' {
  if (b.status !== 'online') return b.status
  return b.fenced || b.shuttingDown || b.slowMs > 0 ? 'degraded' : 'online'
}
