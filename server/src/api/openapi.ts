import {
  ActionRequestSchema,
  CalendarAmendmentSchema,
  ComplaintRecordSchema,
  ComplaintSubmissionSchema,
  ErrorBodySchema,
  SnapshotSchema,
  VillageIssueActionSchema,
  VillageIssueSchema,
  VillageIssueSubmissionSchema,
} from '@pendopo/shared'
import { Router } from 'express'
import { z } from 'zod'

/** JSON Schema of what a client sends (`input`: defaults may be omitted) or receives (`output`). */
const schema = (s: z.ZodType, io: 'input' | 'output') => z.toJSONSchema(s, { io, unrepresentable: 'any' })
const json = (s: z.ZodType, io: 'input' | 'output' = 'output') => ({
  'application/json': { schema: schema(s, io) },
})
const error = (description: string) => ({ description, content: json(ErrorBodySchema) })
const body = (s: z.ZodType) => ({ required: true, content: json(s, 'input') })
const ok = (description: string, properties: Record<string, unknown>) => ({
  description,
  content: { 'application/json': { schema: { type: 'object', properties } } },
})

const COMMON_ERRORS = {
  400: error('Invalid input: `issues` lists every problem with its path'),
  401: error('No credential, or an unknown one'),
  403: error("The credential's role may not do this"),
  413: error('The body is larger than the limit'),
  415: error('The body is not application/json'),
  503: error('The event store is unavailable: nothing was recorded'),
}

/**
 * The public contract (design.md "Public contract (v1)") as OpenAPI 3.1, generated from the same zod
 * schemas that validate requests: it cannot drift from what the server accepts.
 */
export function openApiDocument() {
  const id = { name: 'id', in: 'path', required: true, schema: { type: 'string' } }
  return {
    openapi: '3.1.0',
    info: { title: 'Pendopo', version: '1', description: 'Live command center for an Indonesian regency.' },
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer' } } },
    security: [{ bearer: [] }],
    paths: {
      '/healthz': {
        get: {
          security: [],
          responses: {
            200: { description: '{"status":"ok"}' },
            503: { description: 'The store is unreachable' },
          },
        },
      },
      '/metrics': { get: { responses: { 200: { description: 'Prometheus text format' } } } },
      '/api/v1/complaints': {
        post: {
          summary: 'Ingest a complaint from a channel; idempotent on (source.channel, source.externalId)',
          requestBody: body(ComplaintSubmissionSchema),
          responses: {
            201: ok('Recorded (durable)', {
              id: { type: 'string' },
              trackingId: { type: 'string' },
              seq: { type: 'integer' },
            }),
            200: ok('Already recorded: the original id', {
              id: { type: 'string' },
              trackingId: { type: 'string' },
              seq: { type: 'integer' },
            }),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/v1/complaints/{id}': {
        get: {
          parameters: [id],
          responses: {
            200: ok('The complaint and its history', {
              complaint: schema(ComplaintRecordSchema, 'output'),
              history: { type: 'array' },
            }),
            404: error('No such complaint'),
          },
        },
      },
      '/api/v1/complaints/{id}/actions': {
        post: {
          parameters: [id],
          requestBody: body(ActionRequestSchema),
          responses: {
            200: ok('Applied', {
              seq: { type: 'integer' },
              version: { type: 'integer' },
              state: { type: 'string' },
            }),
            404: error('No such complaint'),
            409: error("Illegal in the complaint's state, or the complaint moved on since `expectedVersion`"),
            422: error(
              'Not applicable to this complaint (e.g. back to the OPD that answered bukan wewenang)',
            ),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/v1/village-issues': {
        post: {
          requestBody: body(VillageIssueSubmissionSchema),
          responses: {
            201: ok('Recorded', { id: { type: 'string' }, seq: { type: 'integer' } }),
            200: ok('Already recorded', {}),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/v1/village-issues/{id}': {
        get: {
          parameters: [id],
          responses: {
            200: ok('The issue', { issue: schema(VillageIssueSchema, 'output') }),
            404: error('No such issue'),
          },
        },
      },
      '/api/v1/village-issues/{id}/actions': {
        post: {
          parameters: [id],
          requestBody: body(VillageIssueActionSchema),
          responses: {
            200: ok('Applied', { seq: { type: 'integer' } }),
            409: error('Already resolved'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/v1/calendar': {
        get: { responses: { 200: { description: 'The working-day calendar in force, with its version' } } },
      },
      '/api/v1/calendar/amendments': {
        post: {
          summary: 'Amend the calendar by decree (admin); running SLA clocks are recomputed as events',
          requestBody: body(
            CalendarAmendmentSchema.extend({ expectedVersion: z.number().int().min(1).optional() }),
          ),
          responses: {
            200: ok('Amended', {
              version: { type: 'integer' },
              rescheduled: { type: 'integer' },
              seq: { type: 'integer' },
            }),
            409: error('The calendar moved on'),
            422: error('The amendment does not apply'),
            ...COMMON_ERRORS,
          },
        },
      },
      '/api/v1/snapshot': {
        get: {
          responses: {
            200: {
              description: 'What a dashboard needs, consistent with `seq`',
              content: json(SnapshotSchema),
            },
          },
        },
      },
      '/api/v1/reference': {
        get: {
          responses: {
            200: {
              description: 'Code lists: channels, categories, OPDs, kecamatan, desa, lifecycle, SLA policy',
            },
          },
        },
      },
    },
  }
}

export function openApiRoutes(): Router {
  const document = openApiDocument()
  const router = Router()
  router.get('/openapi.json', (_req, res) => {
    res.json(document)
  })
  return router
}
