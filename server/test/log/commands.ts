import {
  type ActionRequest,
  type Actor,
  type ComplaintId,
  ComplaintIdSchema,
  ComplaintSubmissionSchema,
  type OpdCode,
} from '@pendopo/shared'
import { ulid } from 'ulid'

import type { ActOnComplaint, ReceiveComplaint } from '../../src/domain/commands.js'
import { aComplaint } from '../support/fixtures.js'

const INTEGRATION: Actor = { kind: 'token', id: 'contract', role: 'integration' }
const SUPERVISOR: Actor = { kind: 'user', id: 'contract-kominfo', role: 'supervisor' }

/** A receive command as the ingest service would build it, at `at`. */
export function receive(at: number, overrides: Record<string, unknown> = {}): ReceiveComplaint {
  return {
    kind: 'receiveComplaint',
    at,
    actor: INTEGRATION,
    id: ComplaintIdSchema.parse(ulid(at)),
    submission: ComplaintSubmissionSchema.parse(aComplaint(overrides)),
    place: {
      desaCode: '35.22.15.1005' as ReceiveComplaint['place']['desaCode'],
      kecamatanCode: '35.22.15' as ReceiveComplaint['place']['kecamatanCode'],
      point: { lat: -7.15, lon: 111.88 },
      address: null,
    },
    suggestedOpd: 'DPUBMPR' as OpdCode,
  }
}

export function act(at: number, complaintId: ComplaintId, action: ActionRequest): ActOnComplaint {
  return { kind: 'actOnComplaint', at, actor: SUPERVISOR, complaintId, action }
}
