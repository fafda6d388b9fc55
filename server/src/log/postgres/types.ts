import pg from 'pg'

const INT8_OID = 20
const parseInt8 = (value: string) => Number(value)

/**
 * bigint columns (epoch milliseconds, seqs, counts) as numbers: every one is far below 2^53, and the
 * domain works in numbers. pg's default is a string, to be safe with values this store never holds.
 */
export const NUMERIC_TYPES = {
  getTypeParser: (oid: number, format?: 'text' | 'binary'): unknown =>
    oid === INT8_OID ? parseInt8 : pg.types.getTypeParser(oid, format ?? 'text'),
}
