import type { GeoDesa, GeoIndex, GeoKecamatan, KecamatanCode } from '@pendopo/shared'

import { type Random, WeightedTable } from './random.js'

/**
 * Where complaints come from. Every desa is taken from the reference's geo index; kecamatan are named
 * here (as domain.md names them) and resolved to codes at start-up, so a renamed kecamatan stops the
 * simulator with a message instead of silently dropping out of a flood plain.
 */

/** The town: its 11 kelurahan and 7 desa hold a dense population and most offices (domain.md §4.2). */
const KOTA = 'Bojonegoro'
/**
 * How much more a desa of the town writes than a rural desa. Every other desa weighs 1, so a kecamatan
 * with more desa (the population follows the desa count closely in Bojonegoro) draws more complaints.
 */
const KOTA_WEIGHT = 3.5

/**
 * Kecamatan on the Bengawan Solo. domain.md §4.5 names Trucuk, Kalitidu, Dander, Malo and the town; the
 * river enters the regency at Margomulyo and runs past Ngraho, Padangan, Kasiman, Purwosari and Malo,
 * then downstream past Kapas, Balen, Kanor and Baureno to Lamongan. Weights favour the five named ones.
 */
const RIVERSIDE: readonly (readonly [string, number])[] = [
  ['Trucuk', 3],
  ['Kalitidu', 3],
  ['Dander', 2.5],
  ['Malo', 2.5],
  [KOTA, 3],
  ['Padangan', 1.5],
  ['Kasiman', 1.2],
  ['Purwosari', 1],
  ['Kanor', 2],
  ['Baureno', 1.8],
  ['Ngraho', 1.2],
  ['Margomulyo', 0.8],
  ['Kapas', 1.5],
  ['Balen', 1.5],
]

/**
 * Drought-prone kecamatan: the ones BPBD named (domain.md §4.5), plus the teak-forest uplands of the
 * south (Sekar, Gondang, Bubulan, Tambakrejo), where wells run dry first.
 */
const DROUGHT_PRONE: readonly (readonly [string, number])[] = [
  ['Temayang', 3],
  ['Kedungadem', 3],
  ['Kepohbaru', 2.5],
  ['Gayam', 2],
  ['Sugihwaras', 2],
  ['Balen', 1.5],
  ['Sukosewu', 1.5],
  ['Trucuk', 1],
  ['Sekar', 1.5],
  ['Gondang', 1.2],
  ['Bubulan', 1],
  ['Tambakrejo', 1.2],
]

/** Oil and gas fields (domain.md §4.5): land, local hiring, dust and noise come up here. */
const MIGAS = ['Gayam', 'Kalitidu', 'Ngasem', 'Kedewan', 'Kasiman', 'Malo']

/** The regency's places, weighted for drawing. */
export class Places {
  readonly kota: GeoKecamatan
  readonly #desa: WeightedTable<GeoDesa>
  readonly #rural: WeightedTable<GeoDesa>
  readonly #riverside: WeightedTable<GeoKecamatan>
  readonly #droughtProne: WeightedTable<GeoKecamatan>
  readonly #droughtCodes: ReadonlySet<string>
  readonly #riversideCodes: ReadonlySet<string>
  readonly #migasCodes: ReadonlySet<string>

  constructor(private readonly geo: GeoIndex) {
    this.kota = this.#named(KOTA)
    const weightOf = (d: GeoDesa) => (d.kecamatanCode === this.kota.code ? KOTA_WEIGHT : 1)
    this.#desa = new WeightedTable(geo.desa.map((d) => [d, weightOf(d)] as const))
    this.#rural = new WeightedTable(
      geo.desa.filter((d) => d.type === 'desa').map((d) => [d, weightOf(d)] as const),
    )
    const resolve = (rows: readonly (readonly [string, number])[]) =>
      rows.map(([name, w]) => [this.#named(name), w] as const)
    this.#riverside = new WeightedTable(resolve(RIVERSIDE))
    this.#droughtProne = new WeightedTable(resolve(DROUGHT_PRONE))
    this.#riversideCodes = new Set(RIVERSIDE.map(([n]) => this.#named(n).code))
    this.#droughtCodes = new Set(DROUGHT_PRONE.map(([n]) => this.#named(n).code))
    this.#migasCodes = new Set(MIGAS.map((n) => this.#named(n).code))
  }

  #named(name: string): GeoKecamatan {
    const found = this.geo.kecamatan.find((k) => k.name === name || k.nameAlt === name)
    if (!found)
      throw new Error(`the simulator expects a kecamatan named ${name} in ${this.geo.kabupaten.name}`)
    return found
  }

  /** Any desa or kelurahan, the town weighing more. */
  desa(rng: Random): GeoDesa {
    return this.#desa.draw(rng)
  }

  /** A village (not a kelurahan): where the Bupati's Sambang Desa goes. */
  ruralDesa(rng: Random): GeoDesa {
    return this.#rural.draw(rng)
  }

  /** A desa of one kecamatan, each equally likely. */
  desaIn(rng: Random, kecamatan: KecamatanCode): GeoDesa {
    const codes = this.geo.kecamatanByCode(kecamatan)?.desaCodes ?? []
    const desa = this.geo.desaByCode(rng.pick(codes))
    if (!desa) throw new Error(`no desa in kecamatan ${kecamatan}`)
    return desa
  }

  /** `count` different desa of one kecamatan (fewer if it has fewer). */
  severalIn(rng: Random, kecamatan: KecamatanCode, count: number): GeoDesa[] {
    const codes = [...(this.geo.kecamatanByCode(kecamatan)?.desaCodes ?? [])]
    const chosen: GeoDesa[] = []
    while (chosen.length < count && codes.length > 0) {
      const [code] = codes.splice(rng.int(0, codes.length - 1), 1)
      const desa = code === undefined ? undefined : this.geo.desaByCode(code)
      if (desa) chosen.push(desa)
    }
    return chosen
  }

  riversideKecamatan(rng: Random): GeoKecamatan {
    return this.#riverside.draw(rng)
  }

  droughtProneKecamatan(rng: Random): GeoKecamatan {
    return this.#droughtProne.draw(rng)
  }

  isRiverside(kecamatan: string): boolean {
    return this.#riversideCodes.has(kecamatan)
  }

  isDroughtProne(kecamatan: string): boolean {
    return this.#droughtCodes.has(kecamatan)
  }

  isMigas(kecamatan: string): boolean {
    return this.#migasCodes.has(kecamatan)
  }

  kecamatanOf(desa: GeoDesa): GeoKecamatan {
    const kec = this.geo.kecamatanByCode(desa.kecamatanCode)
    if (!kec) throw new Error(`desa ${desa.code} has no kecamatan`)
    return kec
  }
}
