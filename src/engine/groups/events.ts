// Events of consumer groups. Filled in by the consumer-groups work.
export type GroupEvent = { type: 'groupNoop' }
