// Vector tests for the Utils.murmur2 port: every entry of __vectors__/murmur2.json (Kafka's
// UtilsTest.testMurmur2 and librdkafka's unittest_murmur2, asserted equal to the Java client),
// plus the UTF-8 encoder against Java's String.getBytes(UTF_8).

import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { murmur2, murmur2String, toPositive, utf8Bytes } from './murmur2'

interface MurmurVector {
  input_utf8?: string
  input_hex: string
  expected_int32: number
  expected_toPositive: number
  origin: string
}

const vectors = JSON.parse(
  readFileSync(new URL('./__vectors__/murmur2.json', import.meta.url), 'utf8'),
) as MurmurVector[]

const fromHex = (hex: string): Uint8Array =>
  Uint8Array.from(hex.match(/../g) ?? [], (byte) => Number.parseInt(byte, 16))
const toHex = (bytes: Uint8Array): string =>
  [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('')

describe('murmur2.json', () => {
  it('has 17 vectors', () => {
    expect(vectors).toHaveLength(17)
  })
  it.each(vectors.map((v) => [JSON.stringify(v.input_utf8 ?? v.input_hex), v] as const))(
    '%s',
    (_name, v) => {
      const bytes = fromHex(v.input_hex)
      expect(murmur2(bytes)).toBe(v.expected_int32)
      expect(toPositive(murmur2(bytes))).toBe(v.expected_toPositive)
      if (v.input_utf8 !== undefined) {
        expect(toHex(utf8Bytes(v.input_utf8))).toBe(v.input_hex)
        expect(murmur2(utf8Bytes(v.input_utf8))).toBe(v.expected_int32)
        expect(murmur2String(v.input_utf8)).toBe(v.expected_int32)
      }
    },
  )
})

describe('murmur2String', () => {
  it('hashes a string as murmur2 hashes its UTF-8 bytes', () => {
    // ASCII takes the char-code path; anything else goes through utf8Bytes. Both must agree.
    // Code units are drawn from each UTF-8 length class, lone surrogates included.
    const unit = fc
      .oneof(
        fc.integer({ min: 0, max: 0x7f }),
        fc.integer({ min: 0x80, max: 0x7ff }),
        fc.integer({ min: 0x800, max: 0xffff }),
      )
      .map((c) => String.fromCharCode(c))
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.string({ unit }), fc.string({ unit: 'binary' })),
        (s) => {
          expect(murmur2String(s)).toBe(murmur2(utf8Bytes(s)))
        },
      ),
      { numRuns: 2000 },
    )
  })
})

describe('toPositive', () => {
  it('masks the sign bit instead of taking the absolute value', () => {
    expect(toPositive(-1)).toBe(2147483647)
    expect(toPositive(-2147483648)).toBe(0)
    expect(toPositive(2147483647)).toBe(2147483647)
    expect(toPositive(0)).toBe(0)
  })
})

describe('utf8Bytes', () => {
  it('encodes 1-, 2-, 3- and 4-byte sequences', () => {
    expect(toHex(utf8Bytes('a\u00e9\u65e5'))).toBe('61c3a9e697a5')
    expect(toHex(utf8Bytes('\u{1F600}'))).toBe('f09f9880')
    expect(toHex(utf8Bytes('日本語'))).toBe('e697a5e69cace8aa9e')
    expect(toHex(utf8Bytes(''))).toBe('')
  })
  it("encodes lone surrogates as '?' like Java's String.getBytes(UTF_8)", () => {
    expect(toHex(utf8Bytes('\ud800'))).toBe('3f')
    expect(toHex(utf8Bytes('a\udc00b'))).toBe('613f62')
    expect(toHex(utf8Bytes('\ud83dx'))).toBe('3f78')
  })
})
