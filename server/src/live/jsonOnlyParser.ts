import { Decoder, Encoder, type Packet } from 'socket.io-parser'

/** The stock encoder's own text encoding of one packet (a private method: the round trip test pins it). */
type WithStringEncoding = { encodeAsString(packet: Packet): string }

/**
 * Socket.IO's encoder visits every value of every packet, before encoding it, looking for binary data
 * (Buffers, ArrayBuffers) to send as attachments. Pendopo sends JSON only, so that walk — as costly as the
 * JSON.stringify after it on a 10,000-event replay — never finds anything. This one encodes as text
 * straight away: the same wire format, read by the stock client parser.
 */
class JsonOnlyEncoder extends Encoder {
  override encode(packet: Packet): string[] {
    return [(this as unknown as WithStringEncoding).encodeAsString(packet)]
  }
}

/** The `parser` option of the Socket.IO server: JSON-only encoding, the stock decoder for what clients send. */
export const jsonOnlyParser = { Encoder: JsonOnlyEncoder, Decoder }
