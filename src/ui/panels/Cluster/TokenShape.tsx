import type { TokenKind } from './networkTokens'

interface Props {
  kind: TokenKind
  x: number
  y: number
  /** Radius for produce/replicate tokens (grows with the records carried). */
  r: number
}

/**
 * The shape of a message token, so it reads without colour: a circle for a produce request, a
 * diamond for replicated records, a ticked circle for an ack, a small hollow ring for an empty
 * fetch. The legend's; networkCanvas.ts draws the same shapes on the network layer.
 */
export function TokenShape({ kind, x, y, r }: Props) {
  switch (kind) {
    case 'produce':
      return <circle className="tok-body" cx={x} cy={y} r={r} />
    case 'replicate':
      return (
        <rect
          className="tok-body"
          x={x - 0.8 * r}
          y={y - 0.8 * r}
          width={1.6 * r}
          height={1.6 * r}
          rx={2}
          transform={`rotate(45 ${x} ${y})`}
        />
      )
    case 'ack':
      return (
        <g>
          <circle className="tok-body" cx={x} cy={y} r={7} />
          <path className="tok-mark" d={`M${x - 3.5} ${y}l2.5 2.8 4.5-5.6`} />
        </g>
      )
    case 'poll':
      return <circle className="tok-body" cx={x} cy={y} r={4.5} />
  }
}
