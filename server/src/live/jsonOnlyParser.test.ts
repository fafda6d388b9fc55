import { Decoder, Encoder, type Packet, PacketType } from 'socket.io-parser'
import { describe, expect, it } from 'vitest'

import { jsonOnlyParser } from './jsonOnlyParser.js'

const decode = (encoded: string): Promise<Packet> =>
  new Promise((resolve) => {
    const decoder = new Decoder()
    decoder.on('decoded', resolve)
    decoder.add(encoded)
  })

describe('jsonOnlyParser', () => {
  it('encodes an event exactly as the stock encoder does, and the stock decoder reads it back', async () => {
    const packet: Packet = {
      type: PacketType.EVENT,
      nsp: '/',
      data: ['events', [{ seq: 7, type: 'complaint.received', data: { title: 'Jalan "rusak" \u2028' } }]],
    }
    const ours = new jsonOnlyParser.Encoder().encode(packet)
    expect(ours).toEqual(new Encoder().encode(packet))
    expect(await decode(ours[0] as string)).toEqual(packet)
  })

  it('encodes an acknowledgement and a packet of another namespace the same way too', () => {
    for (const packet of [
      { type: PacketType.ACK, nsp: '/', id: 3, data: [{ ok: true }] },
      { type: PacketType.CONNECT, nsp: '/admin', data: { sid: 'abc' } },
    ] satisfies Packet[])
      expect(new jsonOnlyParser.Encoder().encode(packet)).toEqual(new Encoder().encode(packet))
  })
})
