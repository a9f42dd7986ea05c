// 分区视图（日志单元格、HW 线、截断说明）的中文文字（由 zh.ts 展开并入）。

import type { MessageKey } from './catalog'

export const zhPartitionView = {
  // PartitionView
  'pv.title': '分区日志：{partition}',
  'pv.empty': '正在启动模拟…',
  'pv.hint':
    '每一行是分区的一个副本，leader 在最上面。每个格子是一条消息：上方是位移（offset），格中是 key，颜色表示写入它的 leader epoch。',
  'pv.rowLabel': 'Broker {broker}，{role}：LEO {leo}，HW {hw}',
  'pv.hwLine': 'HW（高水位）— 消费者只能读到这里',
  'pv.hwDown': 'HW {hw} — 没有在线的 leader：现在无法读取',
  'pv.hwShort': 'HW {hw}',
  'pv.leo': 'LEO {leo}',
  'pv.logStart': '日志起点 {offset}',
  'pv.logStartTitle': '{offset} 之前的位移已按保留策略删除（每次删除整个段）',
  'pv.axis': '位移 →',
  'pv.producer': '生产者',
  'pv.cellTitle':
    '位移 {offset} · key {key} · value {value} · leader epoch {epoch} · 时间戳 {time}（CreateTime：由生产者设置）',
  'pv.cell.committed': '已提交',
  'pv.cell.uncommitted': '尚未提交',
  'pv.cell.lost': '丢失：已确认（ack）后又消失',
  'pv.cell.duplicated': '重复：同一条消息写入了两次',
  'pv.lost': '丢失',
  'pv.truncated': '✂ 已截断',
  'pv.truncatedTitle': 'Broker {broker} 截断（{mode}）删除的位移：{range}',
  'pv.mode.leader-epoch': '基于 leader epoch，KIP-101',
  'pv.mode.high-watermark': '截断到自己的 HW，Kafka 0.11 之前',
  'pv.controls': '日志窗口',
  'pv.window': '位移 {from}–{to}',
  'pv.prev': '◀ 更早',
  'pv.prevTitle': '显示更早的位移',
  'pv.next': '更晚 ▶',
  'pv.nextTitle': '显示更晚的位移',
  'pv.follow': '跟随末端',
  'pv.followTitle': '始终显示最新的位移',
  'pv.segments': '显示日志段',
  'pv.segmentsNote':
    '日志段文件以它自己的基准位移（base offset，即段内第一条消息的位移）命名：00000000000000000012.log 从位移 12 开始（不是上一个段结束的位置，也不是本段结束的位置）。▼ 标记稀疏索引 .index 的条目：每隔 index.interval.bytes 记一条，读取时先跳到附近的位置再向后扫描。',
  'pv.segmentTitle': '{file}：从位移 {base} 开始，{bytes} 字节',
  'pv.indexTitle': '.index 条目：位移 {offset} → 字节 {position}',
  'pv.legend': '图例',
  'pv.legend.epoch': '颜色 = leader epoch',
  'pv.legend.uncommitted': '虚线边框：尚未提交',
  'pv.legend.lost': '丢失的消息',
  'pv.legend.duplicated': '重复',
  'pv.legend.hw': 'HW：其下的位移已提交',
  'pv.legend.followerHw': 'follower 自己的 HW（有滞后）',
  'pv.legend.leo': 'LEO：下一条要写入的位移',
  'pv.legend.fetch': 'fetch：follower 请求自己的 LEO，这个位移就是它的确认（没有单独的 ACK）',
  'pv.legend.data': '返回的消息（或仅带回 HW）',
  'pv.legend.produce': '生产者请求 / 确认',
  'pv.token.fetch': 'fetch {offset}',
  'pv.token.records': '+{n}',
  'pv.token.recordsShared': '+{n}（{parts} 个分区）',
  'pv.token.hw': 'HW',
  'pv.token.ack': 'ack',
  'pv.token.epochReq': 'OffsetsForLeaderEpoch?',
  'pv.token.epochResp': '末端位移',
  'pv.captionLabel': '正在发生什么：',
  'pv.cap.noLeader':
    '{partition} 没有 leader：分区离线，在某个同步副本恢复之前，既不能写入也不能读取。',
  'pv.cap.leader':
    'Broker {broker} 是 leader（leader epoch {epoch}）。它的 LEO 是 {leo}：下一条消息的位移就是 {leo}。它的 HW 是 {hw}：{hw} 之前的位移都已提交，消费者可以读取。',
  'pv.cap.leaderEmpty':
    'Broker {broker} 是 leader（leader epoch {epoch}）。它的 LEO 是 {leo}：下一条消息的位移就是 {leo}。它的 HW 是 {hw}：还没有任何消息提交，消费者什么也读不到。',
  'pv.cap.pending1': 'HW 之上有 1 条消息，要等所有 ISR 副本都拉取到它才算提交。',
  'pv.cap.pending': 'HW 之上有 {n} 条消息，要等所有 ISR 副本都拉取到它们才算提交。',
  'pv.cap.offline': 'Broker {broker} 已离线：它的日志副本留在磁盘上，等待 broker 重启。',
  'pv.cap.truncating':
    'Broker {broker} 正在与 leader 对齐日志：在拉取之前，它先询问双方的日志从哪里开始分叉（OffsetsForLeaderEpoch）。',
  'pv.cap.ahead': 'Broker {broker} 比 leader 多出 {n} 条消息：它们与 leader 的日志分叉，将被截断。',
  'pv.cap.rejoining':
    'Broker {broker} 已经追上（LEO {leo}），但还没有回到 ISR：leader 会请求控制器把它加回去（AlterPartition）。',
  'pv.cap.behindOsr1':
    'Broker {broker} 落后 leader {n} 条消息，且已不在 ISR 中：它在 replica.lag.time.max.ms（这里是 {lagMs} ms）内没有追上，所以 HW 不再等它。',
  'pv.cap.behindOsr':
    'Broker {broker} 落后 leader {n} 条消息，且已不在 ISR 中：它在 replica.lag.time.max.ms（这里是 {lagMs} ms）内没有追上，所以 HW 不再等它。',
  'pv.cap.behindIsr1':
    'Broker {broker} 落后 leader {n} 条消息；它仍在 ISR 中，因为它在 replica.lag.time.max.ms（这里是 {lagMs} ms）内追上过 leader。',
  'pv.cap.behindIsr':
    'Broker {broker} 落后 leader {n} 条消息；它仍在 ISR 中，因为它在 replica.lag.time.max.ms（这里是 {lagMs} ms）内追上过 leader。',
  'pv.cap.caughtUpHwLags':
    'Broker {broker} 已拥有全部消息（LEO {leo}），但它自己的 HW 是 {hw}，落后于 leader 的 {leaderHw}：follower 要从 leader 的 fetch 响应中才能得知新的 HW。',
  'pv.cap.caughtUp': 'Broker {broker} 已拥有全部消息（LEO {leo}），并且知道 leader 的 HW。',
  'pv.cap.truncEpoch':
    'Broker {broker} 刚刚从日志中删除了位移 {range}：基于 leader epoch 的截断（KIP-101）只删除与 leader 分叉的那一段后缀。',
  'pv.cap.truncHw':
    'Broker {broker} 刚刚从日志中删除了位移 {range}：Kafka 0.11 之前，follower 会截断到自己的 HW，这可能丢掉已经提交的消息。',
} satisfies Partial<Record<MessageKey, string>>
