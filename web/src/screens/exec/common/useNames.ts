import { NO_OPD, type ReferenceData } from '@pendopo/shared'
import { useMemo } from 'react'
import { useTranslation } from 'react-i18next'

import { opdNames } from '../../../panels/common/opdNames.js'
import { useWall } from '../../../store/WallProvider.js'

/** How the tablet names what it shows; a code the reference does not know is shown as itself. */
export interface Names {
  readonly ready: boolean
  readonly kecamatan: (code: string) => string
  readonly desa: (code: string) => string
  /** The short name staff say ("PU Bina Marga"). */
  readonly opd: (code: string) => string
  /** The official name, where there is room for it. */
  readonly opdFull: (code: string) => string
  readonly category: (code: string) => string
  readonly channel: (code: string) => string
  readonly opdNames: ReadonlyMap<string, string>
}

const byCode = <T extends { code: string }>(list: readonly T[], name: (item: T) => string) =>
  new Map<string, string>(list.map((item) => [item.code, name(item)]))

/** `queueName` names the `-` OPD code: Kominfo's verification queue, complaints no OPD holds yet. */
export function namesOf(reference: ReferenceData | null, language: string, queueName = NO_OPD): Names {
  const en = language === 'en'
  const kecamatan = byCode(reference?.kecamatan ?? [], (k) => k.name)
  const desa = byCode(reference?.desa ?? [], (d) => d.name)
  const opdFull = byCode(reference?.opds ?? [], (o) => o.name)
  const categories = byCode(reference?.categories ?? [], (c) => (en ? c.nameEn : c.name))
  const channels = byCode(reference?.channels ?? [], (c) => (en ? c.nameEn : c.name))
  const short = reference ? opdNames(reference.opds) : new Map<string, string>()
  return {
    ready: reference !== null,
    kecamatan: (code) => kecamatan.get(code) ?? code,
    desa: (code) => desa.get(code) ?? code,
    opd: (code) => (code === NO_OPD ? queueName : (short.get(code) ?? code)),
    opdFull: (code) => (code === NO_OPD ? queueName : (opdFull.get(code) ?? code)),
    category: (code) => categories.get(code) ?? code,
    channel: (code) => channels.get(code) ?? code,
    opdNames: short,
  }
}

/** The reference's names in the page's language, built once per reference. */
export function useNames(): Names {
  const reference = useWall((s) => s.reference)
  const { t, i18n } = useTranslation('exec')
  const queueName = t('opds.queue')
  return useMemo(() => namesOf(reference, i18n.language, queueName), [reference, i18n.language, queueName])
}
