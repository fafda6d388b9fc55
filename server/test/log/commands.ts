import {
  type ActionRequest,
  type Actor,
  type ComplaintId,
  ComplaintIdSchema,
  ComplaintSubmissionSchema,
  type OpdCode,
  type VillageIssueAction,
  VillageIssueIdSchema,
  VillageIssueSubmissionSchema,
} from '@pendopo/shared'
import { ulid } from 'ulid'

import type {
  ActOnComplaint,
  ActOnVillageIssue,
  ReceiveComplaint,
  ReportVillageIssue,
} from '../../src/domain/commands.js'
import { aComplaint, aVillageIssue } from '../support/fixtures.js'

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

/** A village issue as the ingest service would report it (BPBD's flood, by default), at `at`. */
export function report(at: number, overrides: Record<string, unknown> = {}): ReportVillageIssue {
  return {
    kind: 'reportVillageIssue',
    at,
    actor: INTEGRATION,
    id: VillageIssueIdSchema.parse(ulid(at)),
    submission: VillageIssueSubmissionSchema.parse(aVillageIssue(overrides)),
    kecamatanCode: '35.22.23' as ReportVillageIssue['kecamatanCode'],
  }
}

export function actOnIssue(
  at: number,
  issueId: ReportVillageIssue['id'],
  action: VillageIssueAction,
): ActOnVillageIssue {
  return { kind: 'actOnVillageIssue', at, actor: SUPERVISOR, issueId, action }
}
