import { isUtf8 } from 'node:buffer'

import express, { type RequestHandler } from 'express'

/** The `type` of the error a body that is not UTF-8 raises; `errorHandler` answers it 400. */
export const INVALID_UTF8 = 'entity.invalid.utf8'

/**
 * JSON bodies, objects and arrays only, up to `limit`, in UTF-8 (RFC 8259 §8.1). body-parser alone would
 * decode bytes that are not UTF-8 to U+FFFD and carry on, so the text stored would not be the text sent;
 * here they are refused before decoding, like any other malformed JSON.
 */
export function jsonBody(limit: string): RequestHandler {
  return express.json({
    limit,
    strict: true,
    // body-parser's hook takes four parameters.
    // eslint-disable-next-line max-params
    verify: (_req, _res, body, encoding) => {
      if (encoding === 'utf-8' && !isUtf8(body))
        throw Object.assign(new Error('the body is not UTF-8'), { status: 400, type: INVALID_UTF8 })
    },
  })
}
