// The Chinese rules of engineErrors.ts: one per message shape the engine words (loaded with the
// Chinese catalog, catalog.ts, so the first screen does not carry them).

import type { EngineErrorRule } from './engineErrors'

type Rule = EngineErrorRule

const NAME_CHARS = '字母、数字、"."、"_" 或 "-"'

/** Kafka's names of the engine's fields, where a message names a field itself. */
const FIELD_ZH: Readonly<Record<string, string>> = {
  value: 'value',
  key: 'key',
  rate: '速率',
  keys: 'keys',
  to: 'to',
  dedupe: 'dedupe',
  paused: 'paused',
  topics: 'topics',
}

const g = (m: RegExpMatchArray, i: number): string => m[i] ?? ''
const field = (name: string): string => FIELD_ZH[name] ?? name

export const ENGINE_ERRORS_ZH: readonly Rule[] = [
  [
    /^"(.*)" is reserved in kafkascope \(a name every JavaScript object has\); choose another$/,
    (m) => `“${g(m, 1)}”在 kafkascope 里是保留名（每个 JavaScript 对象都有这个名字），请换一个`,
  ],
  [/^(\S+) must be a whole number$/, (m) => `${g(m, 1)} 必须是整数`],
  [
    /^(\S+) must be between (-?\d+) and (-?\d+), got (.*)$/,
    (m) => `${g(m, 1)} 必须在 ${g(m, 2)} 到 ${g(m, 3)} 之间（收到 ${g(m, 4)}）`,
  ],
  [/^unknown setting (.*)$/, (m) => `未知的设置 ${g(m, 1)}`],
  [/^unknown consumer setting (.*)$/, (m) => `未知的消费者设置 ${g(m, 1)}`],
  [/^(\S+) must be true or false$/, (m) => `${field(g(m, 1))} 必须是 true 或 false`],
  [/^(\S+) must be (below|lower than) (\S+)$/, (m) => `${g(m, 1)} 必须小于 ${g(m, 3)}`],
  [/^acks must be 0, 1 or all$/, () => 'acks 必须是 0、1 或 all'],
  [/^partitioner must be sticky or round-robin$/, () => 'partitioner 必须是 sticky 或 round-robin'],
  [
    /^topic name must be 1–249 characters of letters, digits, "\.", "_" or "-"$/,
    () => `topic 名必须是 1–249 个${NAME_CHARS}`,
  ],
  [
    /^names starting with "__" are reserved for internal topics$/,
    () => '以 "__" 开头的名字留给内部 topic',
  ],
  [/^partitions must be between 1 and (\d+)$/, (m) => `分区数必须在 1 到 ${g(m, 1)} 之间`],
  [
    /^replication factor must be between 1 and the number of live brokers \((\d+)\)$/,
    (m) => `副本因子必须在 1 到存活 broker 的数量（${g(m, 1)}）之间`,
  ],
  [/^brokers must be between 1 and (\d+)$/, (m) => `broker 数必须在 1 到 ${g(m, 1)} 之间`],
  [
    /^truncation must be leader-epoch or high-watermark$/,
    () => '截断方式必须是 leader-epoch 或 high-watermark',
  ],
  [/^latency must be between 1 and 10000 ms$/, () => '延迟必须在 1 到 10000 ms 之间'],
  [/^jitter must be between 0 and 10000 ms$/, () => '抖动必须在 0 到 10000 ms 之间'],
  [/^extra latency must be between 0 and 60000 ms$/, () => '额外延迟必须在 0 到 60000 ms 之间'],
  [/^topic (.*) is listed twice$/, (m) => `topic ${g(m, 1)} 列了两次`],
  [/^a topic is listed twice$/, () => '有 topic 列了两次'],
  [/^unknown broker (.*)$/, (m) => `没有 broker ${g(m, 1)}`],
  [/^broker (\S+) is not running$/, (m) => `broker ${g(m, 1)} 没有在运行`],
  [/^broker (\S+) is already running$/, (m) => `broker ${g(m, 1)} 已经在运行`],
  [/^broker (\S+) is not isolated$/, (m) => `broker ${g(m, 1)} 没有被隔离`],
  [/^a command must be an object with a type$/, () => '命令必须是带 type 的对象'],
  [/^config must be an object( of settings)?$/, () => 'config 必须是由设置组成的对象'],
  [/^at most (\d+) brokers$/, (m) => `最多 ${g(m, 1)} 个 broker`],
  [/^topic (.*) already exists$/, (m) => `topic ${g(m, 1)} 已经存在`],
  [
    /^topic (.*) collides with topic (.*): "\." and "_" are the same in metric names$/,
    (m) => `topic ${g(m, 1)} 与 topic ${g(m, 2)} 冲突：在指标名中“.”和“_”是同一个字符`,
  ],
  [/^a topic name cannot be "\." or "\.\."$/, () => 'topic 名不能是“.”或“..”'],
  [/^unknown topic (.*)$/, (m) => `没有 topic ${g(m, 1)}`],
  [/^internal topics cannot be changed$/, () => '内部 topic 不能修改'],
  [
    /^the new partition count must be between (\d+) and (\d+) \(partitions can only be added\)$/,
    (m) => `新的分区数必须在 ${g(m, 1)} 到 ${g(m, 2)} 之间（分区只能增加）`,
  ],
  [/^not enough live brokers for the replication factor$/, () => '存活的 broker 不够副本因子所需'],
  [
    /^give one replica list per partition \((\d+)\)$/,
    (m) => `每个分区给一个副本列表（共 ${g(m, 1)} 个）`,
  ],
  [/^partition (\d+) needs (\d+) replicas$/, (m) => `分区 ${g(m, 1)} 需要 ${g(m, 2)} 个副本`],
  [/^partition (\d+) names a broker twice$/, (m) => `分区 ${g(m, 1)} 把一个 broker 列了两次`],
  [/^partition (\d+): unknown broker (.*)$/, (m) => `分区 ${g(m, 1)}：没有 broker ${g(m, 2)}`],
  [/^unknown producer (.*)$/, (m) => `没有生产者 ${g(m, 1)}`],
  [/^value must be text$/, () => 'value 必须是文本'],
  [/^value is limited to 10000 characters here$/, () => 'value 在这里最多 10000 个字符'],
  [/^key must be text of at most 1000 characters$/, () => 'key 必须是最多 1000 个字符的文本'],
  [/^partition must be between 0 and (-?\d+)$/, (m) => `分区必须在 0 到 ${g(m, 1)} 之间`],
  [/^rate must be between 0 and 1000 records per second$/, () => '速率必须在每秒 0 到 1000 条之间'],
  [/^topics must list 1 to 64 topics$/, () => 'topics 必须列出 1 到 64 个 topic'],
  [/^keys must be none, uniform, few or hot$/, () => 'keys 必须是 none、uniform、few 或 hot'],
  [/^unknown command (.*)$/, (m) => `未知的命令 ${g(m, 1)}`],
  [/^unknown group (.*)$/, (m) => `没有消费者组 ${g(m, 1)}`],
  [/^(.*) is an internal topic$/, (m) => `${g(m, 1)} 是内部 topic`],
  [
    /^to must be earliest, latest, \{offset: n\} or \{timestamp: t\}$/,
    () => 'to 必须是 earliest、latest、{offset: n} 或 {timestamp: t}',
  ],
  [
    /^the coordinator of group (.*) is not available right now \(COORDINATOR_NOT_AVAILABLE\)$/,
    (m) => `消费者组 ${g(m, 1)} 的协调者现在不可用（COORDINATOR_NOT_AVAILABLE）`,
  ],
  [
    /^Assignments can only be reset if the group '(.*)' is inactive, but the current state is (\S+)\. Stop or remove its consumers and wait for the group to be Empty$/,
    (m) =>
      `只有消费者组“${g(m, 1)}”不活跃时才能重置位移，但它现在的状态是 ${g(m, 2)}。请先停止或移除它的消费者，等它变为 Empty`,
  ],
  [/^(\S+) has no leader to read offsets from$/, (m) => `${g(m, 1)} 没有 leader 可读位移`],
  [
    /^offset (-?\d+) is beyond the log end of (\S+) \((\d+)\)$/,
    (m) => `位移 ${g(m, 1)} 超出了 ${g(m, 2)} 的日志末端（${g(m, 3)}）`,
  ],
  [
    /^offset (-?\d+) is before the log start of (\S+) \((\d+)\)$/,
    (m) => `位移 ${g(m, 1)} 在 ${g(m, 2)} 的日志起点（${g(m, 3)}）之前`,
  ],
  [
    /^the coordinator could not write the offsets \((.*)\)$/,
    (m) => `协调者没能写入位移（${g(m, 1)}）`,
  ],
  [
    /^(\S+) must be one assignor or a non-empty list of them$/,
    (m) => `${g(m, 1)} 必须是一个分配器，或一个非空的分配器列表`,
  ],
  [/^unknown assignor (.*): use (.*)$/, (m) => `没有分配器 ${g(m, 1)}：可用 ${g(m, 2)}`],
  [/^(\S+) lists an assignor twice$/, (m) => `${g(m, 1)} 把一个分配器列了两次`],
  [
    /^auto\.offset\.reset must be earliest, latest or none$/,
    () => 'auto.offset.reset 必须是 earliest、latest 或 none',
  ],
  [
    /^session\.timeout\.ms must lie within the broker's group\.min\.session\.timeout\.ms \((\d+)\) and group\.max\.session\.timeout\.ms \((\d+)\), got (.*)$/,
    (m) =>
      `session.timeout.ms 必须在 broker 的 group.min.session.timeout.ms（${g(m, 1)}）和 group.max.session.timeout.ms（${g(m, 2)}）之间（收到 ${g(m, 3)}）`,
  ],
  [/^group id must not be empty$/, () => '组名不能为空'],
  [
    /^group id must be 1–249 characters, without control characters or "\/"$/,
    () => '组名必须是 1–249 个字符，不能含控制字符或“/”',
  ],
  [/^clientId must not be empty$/, () => '客户端 id 不能为空'],
  [
    /^clientId must be 1–64 letters, digits, "\.", "_" or "-"$/,
    () => `客户端 id 必须是 1–64 个${NAME_CHARS}`,
  ],
  [
    /^group\.instance\.id must be 1–249 letters, digits, "\.", "_" or "-", and not "\." or "\.\."$/,
    () => `group.instance.id 必须是 1–249 个${NAME_CHARS}，且不能是“.”或“..”`,
  ],
  [
    /^group\.instance\.id (.*) is already used by a running consumer$/,
    (m) => `group.instance.id ${g(m, 1)} 已被一个运行中的消费者使用`,
  ],
  [/^unknown consumer (.*) in group (.*)$/, (m) => `消费者组 ${g(m, 2)} 里没有消费者 ${g(m, 1)}`],
  [/^consumer (.*) is not running \((.*)\)$/, (m) => `消费者 ${g(m, 1)} 没有在运行（${g(m, 2)}）`],
  [
    /^consumer (.*) is already running in group (.*)$/,
    (m) => `消费者 ${g(m, 1)} 已经在组 ${g(m, 2)} 里运行`,
  ],
  [/^the commit policy must be (.*)$/, (m) => `提交策略必须是 ${g(m, 1)}`],
  [
    /^the processing time per record must be a whole number of ms from 0 to 60000$/,
    () => '每条记录的处理时间必须是 0 到 60000 之间的整数毫秒',
  ],
  [/^subscribe to at least one topic$/, () => '至少订阅一个 topic'],
  [
    /^cannot subscribe to (.*): the topic does not exist$/,
    (m) => `无法订阅 ${g(m, 1)}：没有这个 topic`,
  ],
  [/^group (.*) already exists$/, (m) => `消费者组 ${g(m, 1)} 已经存在`],
  [/^at most (\d+) groups$/, (m) => `最多 ${g(m, 1)} 个消费者组`],
  [
    /^no live broker can host (\S+) for the first group$/,
    (m) => `没有存活的 broker 能为第一个消费者组承载 ${g(m, 1)}`,
  ],
  [/^consumers must be between 0 and (\d+)$/, (m) => `消费者数必须在 0 到 ${g(m, 1)} 之间`],
  [/^at most (\d+) consumers per group$/, (m) => `每个组最多 ${g(m, 1)} 个消费者`],
  [
    /^nothing to change: give a strategy, a commit policy, a processing time or config$/,
    () => '没有要修改的内容：请给出分配策略、提交策略、处理时间或 config',
  ],
  [
    /^the members use (.*); a list sharing none of them is refused by the coordinator \(INCONSISTENT_GROUP_PROTOCOL\)\. Roll out a list with both first$/,
    (m) =>
      `成员使用 ${g(m, 1)}；与它们没有共同分配器的列表会被协调者拒绝（INCONSISTENT_GROUP_PROTOCOL）。请先逐个换成同时包含新旧分配器的列表`,
  ],
]
