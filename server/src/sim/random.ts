/**
 * The simulator's only source of randomness: a seeded sfc32 generator, with the draws the simulation
 * needs. Written here rather than taken from a package because it is fifteen lines, and because the
 * demo's history must stay the same for a seed across dependency upgrades (a library may change its
 * algorithm in a minor release; this file changes only when we change it).
 */

/** cyrb128: spreads a string over four 32-bit words, so similar seeds give unrelated streams. */
function hashSeed(seed: string): [number, number, number, number] {
  let h1 = 1779033703
  let h2 = 3144134277
  let h3 = 1013904242
  let h4 = 2773480762
  for (let i = 0; i < seed.length; i++) {
    const k = seed.charCodeAt(i)
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067)
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233)
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213)
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179)
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067)
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233)
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213)
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179)
  h1 ^= h2 ^ h3 ^ h4
  return [h1 >>> 0, (h2 ^ h1) >>> 0, (h3 ^ h1) >>> 0, (h4 ^ h1) >>> 0]
}

/** Rounds discarded after seeding: sfc32's first outputs still show the seed's structure. */
const WARM_UP = 15

/** A deterministic stream of numbers in [0, 1) and the draws built on it. */
export class Random {
  #a: number
  #b: number
  #c: number
  #d: number

  constructor(readonly seed: string) {
    ;[this.#a, this.#b, this.#c, this.#d] = hashSeed(seed)
    for (let i = 0; i < WARM_UP; i++) this.next()
  }

  /** An independent stream named by `label`: the same seed and label always give the same stream. */
  fork(label: string): Random {
    return new Random(`${this.seed}/${label}`)
  }

  /** sfc32 (Chris Doty-Humphrey's Small Fast Counting generator, public domain). */
  next(): number {
    const t = (((this.#a + this.#b) | 0) + this.#d) | 0
    this.#d = (this.#d + 1) | 0
    this.#a = this.#b ^ (this.#b >>> 9)
    this.#b = (this.#c + (this.#c << 3)) | 0
    this.#c = (this.#c << 21) | (this.#c >>> 11)
    this.#c = (this.#c + t) | 0
    return (t >>> 0) / 4294967296
  }

  uniform(min: number, max: number): number {
    return min + (max - min) * this.next()
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1))
  }

  chance(p: number): boolean {
    return this.next() < p
  }

  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)]
    if (item === undefined) throw new RangeError('cannot pick from an empty list')
    return item
  }

  /** One of `items`, with probability proportional to its weight. For repeated draws use a WeightedTable. */
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0)
    let x = this.next() * total
    for (const [item, w] of items) {
      x -= w
      if (x < 0) return item
    }
    const last = items.at(-1)
    if (!last) throw new RangeError('cannot pick from an empty list')
    return last[0]
  }

  /** Standard normal (Box–Muller; the second value is dropped to keep the state a plain counter). */
  normal(): number {
    const u = 1 - this.next() // (0, 1]: log(0) is not a number
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * this.next())
  }

  exponential(mean: number): number {
    return -mean * Math.log(1 - this.next())
  }

  /** Log-normal with the given mean (not median): a long right tail, like the time an office takes. */
  logNormal(mean: number, sigma: number): number {
    return Math.exp(Math.log(mean) - (sigma * sigma) / 2 + sigma * this.normal())
  }

  poisson(lambda: number): number {
    if (lambda <= 0) return 0
    if (lambda > 30) return Math.max(0, Math.round(lambda + Math.sqrt(lambda) * this.normal()))
    const limit = Math.exp(-lambda)
    let k = 0
    for (let p = this.next(); p > limit; p *= this.next()) k++
    return k
  }
}

/** Weighted draws from a fixed list, by binary search over cumulative weights. */
export class WeightedTable<T> {
  readonly #items: readonly T[]
  readonly #cumulative: number[]

  constructor(entries: readonly (readonly [T, number])[]) {
    const usable = entries.filter(([, w]) => w > 0)
    if (usable.length === 0) throw new RangeError('a weighted table needs at least one positive weight')
    this.#items = usable.map(([item]) => item)
    let sum = 0
    this.#cumulative = usable.map(([, w]) => (sum += w))
  }

  get total(): number {
    return this.#cumulative.at(-1) ?? 0
  }

  draw(rng: Random): T {
    const x = rng.next() * this.total
    let lo = 0
    let hi = this.#cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.#cumulative[mid] ?? Infinity) > x) hi = mid
      else lo = mid + 1
    }
    return this.#items[lo] as T
  }
}
