import { registerStrings } from '../../i18n/i18n.js'

import { EN } from './strings/en.js'
import { ID } from './strings/id.js'

// Domain words without a good English equivalent stay Indonesian in both languages: OPD, kecamatan, desa,
// SP4N-LAPOR!.
registerStrings('ops', { id: ID, en: EN })
