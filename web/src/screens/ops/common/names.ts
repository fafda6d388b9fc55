import { type Channel, CHANNELS, type ReferenceData } from '@pendopo/shared'

/** The names the console shows for codes, in the interface's language; the code itself when unknown. */
export interface Names {
  category(code: string): string
  kecamatan(code: string): string
  desa(code: string): string
  /** An OPD's short name as staff say it (Dinsos, BPBD, Dinas PU Bina Marga). */
  opd(code: string): string
  channel(code: string): string
}

const cache = new WeakMap<ReferenceData, Map<string, Names>>()

/** Lookups over one reference list, built once per list and language (the lists are thousands long). */
export function namesOf(reference: ReferenceData | null, language: string): Names {
  const en = language === 'en'
  const channel = (code: string) => {
    const known = CHANNELS[code as Channel] as (typeof CHANNELS)[Channel] | undefined
    return known ? (en ? known.nameEn : known.name) : code
  }
  if (!reference) {
    const same = (code: string) => code
    return { category: same, kecamatan: same, desa: same, opd: same, channel }
  }
  let byLanguage = cache.get(reference)
  if (!byLanguage) cache.set(reference, (byLanguage = new Map<string, Names>()))
  const held = byLanguage.get(language)
  if (held) return held
  const lookup = (entries: Iterable<readonly [string, string]>) => {
    const map = new Map(entries)
    return (code: string) => map.get(code) ?? code
  }
  const names: Names = {
    category: lookup(reference.categories.map((c) => [c.code, en ? c.nameEn : c.name] as const)),
    kecamatan: lookup(reference.kecamatan.map((k) => [k.code, k.name] as const)),
    desa: lookup(reference.desa.map((d) => [d.code, d.name] as const)),
    opd: lookup(reference.opds.map((o) => [o.code, o.shortName] as const)),
    channel,
  }
  byLanguage.set(language, names)
  return names
}
