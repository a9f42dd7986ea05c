// Numbers as the browser's locale writes them, like Number#toLocaleString() but with one shared
// formatter: toLocaleString builds a new Intl.NumberFormat on every call, which counters updated
// on every frame would pay each time.

let format: Intl.NumberFormat | null = null

/** `n.toLocaleString()`, through a cached formatter. */
export function localeNumber(n: number): string {
  format ??= new Intl.NumberFormat()
  return format.format(n)
}
