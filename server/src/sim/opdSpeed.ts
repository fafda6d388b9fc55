import { type KecamatanCode, kecamatanOfficeCode, type OpdCode } from '@pendopo/shared'

import type { Random } from './random.js'

/**
 * How fast each OPD follows up a disposition, in office days (see officeTime.ts), drawn log-normal: most
 * answers come near the mean, a few take much longer. The limit is 5 working days (domain.md §2), about
 * 5.5 office days counted from a disposition in mid-morning. These are our estimates, chosen so that the
 * Friday review looks like 2016's ("13 SKPD berwarna merah", domain.md §0.8): offices with a single
 * service desk (Dukcapil, BPBD's hotline, Damkar) answer within a day; offices that must send a team to
 * measure a road or survey a household (Bina Marga, Dinsos) miss the limit about one time in four.
 */

export interface OpdSpeed {
  /** Mean office days to a follow-up. */
  readonly meanDays: number
  /** Spread of the log-normal: 0.6 steady, 0.9 erratic. */
  readonly sigma: number
}

const FAST = 0.6
const STEADY = 0.75
const ERRATIC = 0.85

/** Speed by OPD code; the 28 kantor kecamatan share `KECAMATAN_SPEED`, the rest `DEFAULT_SPEED`. */
export const OPD_SPEEDS: Readonly<Record<string, OpdSpeed>> = {
  DAMKAR: { meanDays: 0.5, sigma: FAST },
  BPBD: { meanDays: 0.6, sigma: FAST },
  DISDUKCAPIL: { meanDays: 0.8, sigma: FAST },
  DKOMINFO: { meanDays: 1.0, sigma: FAST },
  DPMPTSP: { meanDays: 1.2, sigma: FAST },
  PDAM: { meanDays: 1.4, sigma: STEADY },
  SATPOLPP: { meanDays: 1.5, sigma: STEADY },
  BAPENDA: { meanDays: 1.5, sigma: STEADY },
  'RSUD-SOS': { meanDays: 1.6, sigma: STEADY },
  DP3AKB: { meanDays: 1.6, sigma: STEADY },
  'RSUD-PDG': { meanDays: 1.8, sigma: STEADY },
  DINKES: { meanDays: 1.8, sigma: STEADY },
  'RSUD-SBR': { meanDays: 2.0, sigma: STEADY },
  BKPP: { meanDays: 2.0, sigma: STEADY },
  DISDAG: { meanDays: 2.0, sigma: STEADY },
  DISDIK: { meanDays: 2.2, sigma: STEADY },
  DISHUB: { meanDays: 2.4, sigma: STEADY },
  DKPP: { meanDays: 2.5, sigma: STEADY },
  DLH: { meanDays: 2.6, sigma: STEADY },
  BPKAD: { meanDays: 2.6, sigma: STEADY },
  DISPERINAKER: { meanDays: 2.8, sigma: ERRATIC },
  SETDA: { meanDays: 3.0, sigma: ERRATIC },
  BAPPEDA: { meanDays: 3.0, sigma: ERRATIC },
  DPKPCK: { meanDays: 3.2, sigma: ERRATIC },
  DPUSDA: { meanDays: 3.4, sigma: ERRATIC },
  DPMD: { meanDays: 3.4, sigma: ERRATIC },
  INSP: { meanDays: 3.6, sigma: ERRATIC },
  DINSOS: { meanDays: 4.2, sigma: ERRATIC },
  DPUBMPR: { meanDays: 4.6, sigma: ERRATIC },
}
/** A camat's office answers for its own desa quickly: the staff know the kepala desa by name. */
export const KECAMATAN_SPEED: OpdSpeed = { meanDays: 2.0, sigma: STEADY }
/** Any other agency: an average office. */
export const DEFAULT_SPEED: OpdSpeed = { meanDays: 2.5, sigma: STEADY }

/** The speed profile of `opd` (an agency code or `KEC-xx`). */
export function speedOf(opd: string): OpdSpeed {
  return OPD_SPEEDS[opd] ?? (opd.startsWith('KEC-') ? KECAMATAN_SPEED : DEFAULT_SPEED)
}

/** Office days this OPD takes to follow up one disposition. */
export function drawFollowUpDays(rng: Random, opd: string): number {
  const { meanDays, sigma } = speedOf(opd)
  return rng.logNormal(meanDays, sigma)
}

/**
 * Where Kominfo sends a complaint instead of (or after) the usual OPD: the office next to it in the
 * routing table (domain.md §4.4), or the kantor kecamatan of the place, which can always coordinate.
 * `KEC` stands for the complaint's own kantor kecamatan.
 */
const ALTERNATES: Readonly<Record<string, readonly string[]>> = {
  DPUBMPR: ['DPKPCK', 'DPMD', 'KEC'],
  DPMD: ['KEC', 'DPUBMPR'],
  DPKPCK: ['DPUBMPR', 'DISHUB', 'KEC'],
  DPUSDA: ['BPBD', 'DPUBMPR'],
  BPBD: ['DPUSDA', 'PDAM', 'KEC'],
  PDAM: ['DPKPCK', 'BPBD'],
  DISHUB: ['DPKPCK', 'SATPOLPP'],
  DLH: ['SATPOLPP', 'DPKPCK', 'KEC'],
  DINSOS: ['DPKPCK', 'DPMD', 'KEC'],
  DINKES: ['RSUD-SOS', 'KEC'],
  'RSUD-SOS': ['DINKES'],
  'RSUD-PDG': ['DINKES'],
  'RSUD-SBR': ['DINKES'],
  DISDIK: ['KEC', 'DINKES'],
  SETDA: ['KEC', 'DKOMINFO', 'INSP'],
  INSP: ['SETDA', 'DPMD'],
  DISPERINAKER: ['DPMPTSP', 'BKPP'],
  BKPP: ['DISDIK', 'SETDA'],
  SATPOLPP: ['KEC', 'DISHUB'],
  DKOMINFO: ['SETDA'],
  DISDUKCAPIL: ['KEC'],
  DISDAG: ['DINKOPUM', 'SATPOLPP'],
  DKPP: ['DISNAKKAN', 'DPUSDA'],
}

/**
 * Another plausible OPD for a complaint about `kecamatan` that `opd` handles (or refused); never one in
 * `exclude`. Falls back to the kantor kecamatan, then to Setda, which coordinates everything.
 */
export function alternateOpd(
  rng: Random,
  opd: string,
  place: { kecamatan: KecamatanCode; exclude: readonly string[] },
): OpdCode {
  const kec = kecamatanOfficeCode(place.kecamatan)
  const candidates = (ALTERNATES[opd] ?? ['KEC'])
    .map((c) => (c === 'KEC' ? kec : c))
    .filter((c) => c !== opd && !place.exclude.includes(c))
  if (candidates.length > 0) return rng.pick(candidates) as OpdCode
  return (kec !== opd && !place.exclude.includes(kec) ? kec : 'SETDA') as OpdCode
}
