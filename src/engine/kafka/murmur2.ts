// Port of org.apache.kafka.common.utils.Utils.murmur2 / Utils.toPositive (unchanged since 0.8.2),
// plus a UTF-8 encoder equivalent to Java's String.getBytes(UTF_8) as used by StringSerializer.
// Exact: 32-bit two's-complement arithmetic via Math.imul and `| 0`. Not simplified.
// Lone surrogates encode as '?' (0x3F), as Java's String.getBytes(UTF_8) does (not U+FFFD).

const SEED = 0x9747b28c
const M = 0x5bd1e995
const R = 24

/** Kafka's murmur2 over a byte array; returns a signed int32 exactly like the Java method. */
export function murmur2(data: Uint8Array): number {
  const length = data.length
  let h = (SEED ^ length) | 0
  const length4 = length >>> 2
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4
    let k =
      ((data[i4] ?? 0) & 0xff) +
      (((data[i4 + 1] ?? 0) & 0xff) << 8) +
      (((data[i4 + 2] ?? 0) & 0xff) << 16) +
      (((data[i4 + 3] ?? 0) & 0xff) << 24)
    k = Math.imul(k | 0, M)
    k ^= k >>> R
    k = Math.imul(k, M)
    h = Math.imul(h, M)
    h ^= k
  }
  const tail = length & ~3
  // Java's tail switch falls through 3 -> 2 -> 1
  const rest = length % 4
  if (rest >= 3) h ^= ((data[tail + 2] ?? 0) & 0xff) << 16
  if (rest >= 2) h ^= ((data[tail + 1] ?? 0) & 0xff) << 8
  if (rest >= 1) {
    h ^= (data[tail] ?? 0) & 0xff
    h = Math.imul(h, M)
  }
  h ^= h >>> 13
  h = Math.imul(h, M)
  h ^= h >>> 15
  return h | 0
}

/**
 * murmur2 of a string's UTF-8 bytes (StringSerializer's key bytes): murmur2(utf8Bytes(s)). An
 * ASCII string is its own bytes, so it is hashed from its char codes without building an array.
 */
export function murmur2String(s: string): number {
  const length = s.length
  for (let i = 0; i < length; i++) if (s.charCodeAt(i) >= 0x80) return murmur2(utf8Bytes(s))
  let h = (SEED ^ length) | 0
  const length4 = length >>> 2
  for (let i = 0; i < length4; i++) {
    const i4 = i * 4
    let k =
      s.charCodeAt(i4) |
      (s.charCodeAt(i4 + 1) << 8) |
      (s.charCodeAt(i4 + 2) << 16) |
      (s.charCodeAt(i4 + 3) << 24)
    k = Math.imul(k, M)
    k ^= k >>> R
    k = Math.imul(k, M)
    h = Math.imul(h, M)
    h ^= k
  }
  const tail = length & ~3
  const rest = length & 3
  if (rest >= 3) h ^= s.charCodeAt(tail + 2) << 16
  if (rest >= 2) h ^= s.charCodeAt(tail + 1) << 8
  if (rest >= 1) {
    h ^= s.charCodeAt(tail)
    h = Math.imul(h, M)
  }
  h ^= h >>> 13
  h = Math.imul(h, M)
  h ^= h >>> 15
  return h | 0
}

/** Utils.toPositive: clears the sign bit (not Math.abs): toPositive(-1) = 2147483647. */
export function toPositive(n: number): number {
  return n & 0x7fffffff
}

/** UTF-8 bytes of a JS (UTF-16) string as Java encodes them: pairs -> 4 bytes, lone -> '?'. */
export function utf8Bytes(s: string): Uint8Array {
  const out: number[] = []
  for (let i = 0; i < s.length; i++) {
    let cp = s.charCodeAt(i)
    if (cp >= 0xd800 && cp <= 0xdbff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0
      if (next >= 0xdc00 && next <= 0xdfff) {
        cp = 0x10000 + ((cp - 0xd800) << 10) + (next - 0xdc00)
        i++
      } else {
        cp = 0x3f
      }
    } else if (cp >= 0xdc00 && cp <= 0xdfff) {
      cp = 0x3f
    }
    if (cp < 0x80) {
      out.push(cp)
    } else if (cp < 0x800) {
      out.push(0xc0 | (cp >> 6), 0x80 | (cp & 0x3f))
    } else if (cp < 0x10000) {
      out.push(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 0x3f), 0x80 | (cp & 0x3f))
    } else {
      out.push(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 0x3f),
        0x80 | ((cp >> 6) & 0x3f),
        0x80 | (cp & 0x3f),
      )
    }
  }
  return Uint8Array.from(out)
}
