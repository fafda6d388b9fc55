import { z } from 'zod'

import { ChannelSchema } from './channels.js'
import { StateSchema } from './lifecycle.js'
import { CategorySchema } from './reference/categories.js'
import { CategoryTopSchema } from './reference/categoryTops.js'
import { GeoDesaSchema, GeoKecamatanSchema } from './reference/geo.js'
import { OpdSchema } from './reference/opds.js'
import { SlaPolicySchema } from './sla/policy.js'

/** `GET /api/v1/reference`: the code lists a screen needs to name what it shows. */
export const ReferenceDataSchema = z.object({
  kabupaten: z.object({ code: z.string(), name: z.string() }),
  kecamatan: z.array(GeoKecamatanSchema),
  desa: z.array(GeoDesaSchema),
  opds: z.array(OpdSchema),
  channels: z.array(z.object({ code: ChannelSchema, name: z.string(), nameEn: z.string() })),
  categoryTops: z.array(CategoryTopSchema),
  categories: z.array(CategorySchema),
  states: z.array(StateSchema),
  slaPolicy: SlaPolicySchema,
})
export type ReferenceData = z.infer<typeof ReferenceDataSchema>
