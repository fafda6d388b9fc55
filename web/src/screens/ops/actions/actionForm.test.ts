import { describe, expect, it } from 'vitest'

import { textIn } from '../testing/fixtures.js'

import { requestOf, serverErrors, validateDraft } from './actionForm.js'

const id = textIn('id')

describe('action forms', () => {
  it('[OA1] builds the request with the version the form was opened on, leaving an empty note out', () => {
    expect(requestOf('verify', { note: '  ' }, 3)).toEqual({ type: 'verify', expectedVersion: 3 })
    expect(requestOf('dispose', { opd: 'DINSOS', note: 'cek' }, 2)).toEqual({
      type: 'dispose',
      expectedVersion: 2,
      opd: 'DINSOS',
      note: 'cek',
    })
  })

  it('[OA2] checks with the shared schema and says what is wrong under each field', () => {
    expect(validateDraft('hold', {}, { version: 3, t: id })).toEqual({
      ok: false,
      errors: { reason: 'Wajib diisi.' },
    })
    expect(validateDraft('hold', { reason: 'ok' }, { version: 3, t: id })).toEqual({
      ok: false,
      errors: { reason: 'Minimal 3 karakter.' },
    })
    expect(validateDraft('dispose', { opd: '' }, { version: 3, t: id })).toEqual({
      ok: false,
      errors: { opd: 'Pilih salah satu.' },
    })
    expect(validateDraft('follow_up', { text: 'x'.repeat(4001) }, { version: 3, t: textIn('en') })).toEqual({
      ok: false,
      errors: { text: 'At most 4000 characters.' },
    })
    expect(validateDraft('close', { reason: 'Sudah\u202e selesai' }, { version: 3, t: id })).toEqual({
      ok: false,
      errors: { reason: 'Mengandung karakter yang tidak diizinkan.' },
    })
  })

  it('[OA2] a valid draft becomes the request, trimmed', () => {
    expect(validateDraft('follow_up', { text: '  Jalan sudah ditambal.  ' }, { version: 7, t: id })).toEqual({
      ok: true,
      request: { type: 'follow_up', expectedVersion: 7, text: 'Jalan sudah ditambal.' },
    })
  })

  it("[OA3] puts the server's 400 issues under their fields, the rest on the form", () => {
    expect(
      serverErrors([
        { path: 'opd', message: 'unknown OPD "XYZ"' },
        { path: '', message: 'bad' },
      ]),
    ).toEqual({ opd: 'unknown OPD "XYZ"', form: 'bad' })
  })
})
