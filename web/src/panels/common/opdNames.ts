import type { ReferenceData } from '@pendopo/shared'

/**
 * The name a wall shows for an OPD: its short name, without a leading "Dinas " ("PU Bina Marga", "Perkim
 * Cipta Karya"). Only three short names carry it, and it is the part that makes them too long for a row
 * label; every other short name already reads the way staff say it (Dinsos, BPBD, Kec. Kapas).
 *
 * @example
 * compactOpdName('Dinas PU Bina Marga') // 'PU Bina Marga'
 */
export const compactOpdName = (shortName: string): string => shortName.replace(/^Dinas (?=\S)/, '')

const byReference = new WeakMap<ReferenceData['opds'], ReadonlyMap<string, string>>()

/** OPD code → the name a wall shows, built once per reference list. Shared by the panels that list OPDs. */
export function opdNames(opds: ReferenceData['opds']): ReadonlyMap<string, string> {
  let names = byReference.get(opds)
  if (!names) {
    names = new Map(opds.map((o) => [o.code, compactOpdName(o.shortName)]))
    byReference.set(opds, names)
  }
  return names
}
