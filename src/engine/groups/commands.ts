// Commands for consumer groups. Filled in by the consumer-groups work.

import type { CommandResult } from '../commands'
import type { Ctx } from '../ctx'
import type { SimState } from '../model'

export type GroupCommand = { type: 'noopGroup' }

const GROUP_COMMANDS: ReadonlySet<string> = new Set<string>([])

export function isGroupCommand(cmd: { type: string }): cmd is GroupCommand {
  return GROUP_COMMANDS.has(cmd.type)
}

export function validateGroupCommand(_sim: SimState, _cmd: GroupCommand): CommandResult {
  return { ok: false, error: { message: 'consumer groups are not available yet' } }
}

export function applyGroupCommand(_ctx: Ctx, _cmd: GroupCommand): CommandResult {
  return { ok: false, error: { message: 'consumer groups are not available yet' } }
}
