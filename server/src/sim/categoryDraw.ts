import { categoriesOfTop, type Category, CATEGORY_TOPS, categoryByCode, type GeoDesa } from '@pendopo/shared'

import type { Places } from './places.js'
import { type Random, WeightedTable } from './random.js'
import type { Season } from './seasons.js'

/**
 * What a complaint is about: a top drawn by its observed national share (CATEGORY_TOPS.weight), then a
 * sub-category by its weight within the top; then a local twist, because Bojonegoro is not the national
 * average: its dry villages ask for water in the dry season, its riverside ones write about floods and
 * damaged roads in the rainy season, and its oil and gas fields bring land and hiring complaints.
 */

/** One local twist: where and when it applies, how often it replaces the national draw, and with what. */
interface LocalTwist {
  readonly applies: (ctx: { desa: GeoDesa; season: Season; places: Places }) => boolean
  readonly share: number
  readonly categories: readonly (readonly [string, number])[]
}

const LOCAL_TWISTS: readonly LocalTwist[] = [
  {
    applies: ({ desa, season, places }) => season === 'dry' && places.isDroughtProne(desa.kecamatanCode),
    share: 0.18,
    categories: [
      ['lingkungan.kekeringan', 45],
      ['energi-sda.gangguan-air', 30],
      ['energi-sda.air-minum-lainnya', 25],
    ],
  },
  {
    applies: ({ desa, season, places }) => season === 'rainy' && places.isRiverside(desa.kecamatanCode),
    share: 0.07,
    categories: [
      ['lingkungan.banjir', 40],
      ['pupr.drainase', 25],
      ['pupr.jalan-desa', 20],
      ['pupr.sumber-daya-air', 15],
    ],
  },
  {
    applies: ({ desa, places }) => places.isMigas(desa.kecamatanCode),
    share: 0.06,
    categories: [
      ['energi-sda.dampak-pertambangan', 45],
      ['energi-sda.lahan-pertambangan', 20],
      ['ketenagakerjaan.rekrutmen', 35],
    ],
  },
]

function resolve(code: string): Readonly<Category> {
  const category = categoryByCode(code)
  if (!category) throw new Error(`the simulator names category ${code}, which the reference does not have`)
  return category
}

/** Draws categories; build once, it holds the weighted tables. */
export class CategoryDraw {
  readonly #tops = new WeightedTable(CATEGORY_TOPS.map((t) => [t.code, t.weight] as const))
  readonly #subs = new Map(
    CATEGORY_TOPS.map((t) => [
      t.code,
      new WeightedTable(categoriesOfTop(t.code).map((c) => [c, c.weight] as const)),
    ]),
  )
  readonly #twists = LOCAL_TWISTS.map((t) => ({
    ...t,
    table: new WeightedTable(t.categories.map(([code, w]) => [resolve(code), w] as const)),
  }))

  /** The national draw: top by share, then sub-category by weight. */
  national(rng: Random): Readonly<Category> {
    const top = this.#tops.draw(rng)
    const subs = this.#subs.get(top)
    if (!subs) throw new Error(`no sub-categories for top ${top}`)
    return subs.draw(rng)
  }

  /** The draw for a complaint from `desa` in `season`: national, with Bojonegoro's local twists. */
  forPlace(rng: Random, ctx: { desa: GeoDesa; season: Season; places: Places }): Readonly<Category> {
    for (const twist of this.#twists) {
      if (twist.applies(ctx) && rng.chance(twist.share)) return twist.table.draw(rng)
    }
    return this.national(rng)
  }

  /** One of a fixed list of codes (an incident's complaints), by weight. */
  static among(rng: Random, codes: readonly (readonly [string, number])[]): Readonly<Category> {
    return resolve(rng.weighted(codes))
  }
}
