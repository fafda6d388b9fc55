import { describe, expect, it } from 'vitest'

import { formatWhen } from '../common/formatWhen.js'
import { aChange, DPUBMPR_OPERATOR, KOMINFO, NOW, textIn } from '../testing/fixtures.js'

import { changeOfEvent, changesOf, explainConflict } from './conflict.js'

const disposition = aChange({
  seq: 21,
  type: 'complaint.dispositioned',
  version: 3,
  actor: KOMINFO,
  at: '2026-11-23T03:42:00.000Z', // 10.42 WIB
  after: { state: 'DISPOSITIONED', opd: 'DPUBMPR' },
  extra: { opd: 'DPUBMPR', note: null },
})
const followUp = aChange({ seq: 22, version: 4, actor: DPUBMPR_OPERATOR, at: '2026-11-23T04:05:00.000Z' })
const body = {
  error: 'complaint 1000001 has moved on',
  code: 'version_conflict',
  currentVersion: 4,
  changes: [
    {
      type: 'complaint.dispositioned',
      at: disposition.at,
      actor: KOMINFO,
      state: 'DISPOSITIONED',
      version: 3,
    },
    {
      type: 'complaint.followed_up',
      at: followUp.at,
      actor: DPUBMPR_OPERATOR,
      state: 'FOLLOWED_UP',
      version: 4,
    },
  ],
}

describe('explaining a conflict', () => {
  it('[OX1] says who did what since your version, in plain Indonesian, with the OPD from the history', () => {
    const lines = explainConflict(changesOf(body), {
      history: [disposition, followUp],
      t: textIn('id'),
      time: (at) => formatWhen(Date.parse(at), { now: NOW, language: 'id' }),
    })
    expect(lines).toEqual([
      'Kominfo (supervisor) sudah mendisposisikan ke DPUBMPR pukul 10.42.',
      'Operator PU (operator DPUBMPR) sudah menindaklanjuti pukul 11.05.',
    ])
  })

  it('[OX1] says it in English, with the date when it was not today', () => {
    const lines = explainConflict(changesOf(body).slice(0, 1), {
      history: [disposition],
      t: textIn('en'),
      time: (at) => formatWhen(Date.parse(at), { now: NOW + 3 * 86_400_000, language: 'en' }),
    })
    expect(lines).toEqual(['Kominfo (supervisor) dispositioned it to DPUBMPR at 10:42, 23 Nov.'])
  })

  it('[OX2] still explains without the history, and skips changes it cannot read', () => {
    const changes = changesOf({ changes: [...body.changes, { type: 42 }, 'nonsense'] })
    expect(changes).toHaveLength(2)
    const [first] = explainConflict(changes, { history: [], t: textIn('id'), time: () => '10.42' })
    expect(first).toBe('Kominfo (supervisor) sudah mendisposisikan pukul 10.42.')
    expect(changesOf({ error: 'illegal' })).toEqual([])
  })

  it('[OX3] the system and the SLA clocks are named as such', () => {
    const warning = aChange({
      seq: 30,
      type: 'sla.breached',
      version: 5,
      actor: { kind: 'system', id: 'pendopo', role: 'system' },
      extra: { clock: 'followUp', dueAt: '2026-11-23T03:00:00.000Z' },
    })
    const [line] = explainConflict([changeOfEvent(warning)], {
      history: [warning],
      t: textIn('id'),
      time: () => '10.42',
    })
    expect(line).toBe('Sistem (SLA) sudah menandai batas tindak lanjut terlewati pukul 10.42.')
  })
})
