import fc from 'fast-check'

import {
  HOSTILE_KEYS,
  hostileJson,
  hostileString,
  hugeString,
  infinities,
  lookalikeOf,
  notOfType,
  objectOf,
  RawJson,
  textWithForbiddenChar,
} from './hostile.js'

/**
 * What a body's fields are, written from the contract (docs, README), not derived from the zod schemas:
 * a schema that loosens (drops its strictness, say) must make these tests fail, not follow along.
 */
export type FieldIs =
  /** Human text (`text()`): trimmed, NFC, no control, bidi or invisible characters, length-bounded. */
  | { readonly type: 'text'; readonly min: number; readonly max: number; readonly multiline?: boolean }
  /** A code, id, enum or instant: a closed ASCII pattern. */
  | { readonly type: 'code' }
  /** Any string within its length bounds (a password, a login's username). */
  | { readonly type: 'string'; readonly min: number; readonly max: number }
  | { readonly type: 'number'; readonly invalid: readonly number[] }
  | { readonly type: 'boolean' }
  /** A strict object: an unknown key is refused. */
  | { readonly type: 'object' }
  | { readonly type: 'array'; readonly max?: number }

export interface Field {
  /** Dotted, array indexes included: `reporter.name`, `add.0.date`. */
  readonly path: string
  /** Required given the rest of the valid body (a desa code with no point, say). */
  readonly required: boolean
  readonly is: FieldIs
  /** Values of the right shape the server must still refuse: an unknown OPD, the `system` role. */
  readonly invalid?: readonly unknown[]
}

export interface BodySpec {
  /** A valid body (fresh each call, so an accepted one would really be new). */
  readonly valid: () => Record<string, unknown>
  readonly fields: readonly Field[]
}

/** One defect, each enough on its own for the body to be refused. */
export type Defect =
  | { readonly drop: string }
  | { readonly set: string; readonly to: unknown }
  | { readonly extra: string; readonly key: string; readonly to: unknown }
  | { readonly root: unknown }

const segments = (path: string) => (path === '' ? [] : path.split('.'))

function valueAt(body: unknown, path: string): unknown {
  let at = body
  for (const key of segments(path)) at = (at as Record<string, unknown> | undefined)?.[key]
  return at
}

/** The container holding `path`'s last segment, if the defects before left one there. */
function parentOf(body: unknown, path: string): Record<string, unknown> | undefined {
  const parent = valueAt(body, segments(path).slice(0, -1).join('.'))
  return parent !== null && typeof parent === 'object' && !(parent instanceof RawJson)
    ? (parent as Record<string, unknown>)
    : undefined
}

/** A deep copy that keeps `RawJson` and own `__proto__` keys (fast-check's values must never be mutated). */
function copy(value: unknown): unknown {
  if (value instanceof RawJson || value === null || typeof value !== 'object') return value
  if (Array.isArray(value)) return value.map(copy)
  const o = value as Record<string, unknown>
  return objectOf(Object.keys(o).map((k) => [k, copy(o[k])]))
}

/**
 * A copy of `body` with the defects applied in order. A defect whose place an earlier one removed is
 * skipped; none can undo another (only required fields are dropped, every value set is a wrong one), so
 * the result is refused whenever one defect applied — and the first always does.
 */
export function withDefects(body: Record<string, unknown>, defects: readonly Defect[]): unknown {
  let result: unknown = copy(body)
  for (const defect of defects) {
    if ('root' in defect) {
      result = copy(defect.root)
    } else if ('drop' in defect) {
      const parent = parentOf(result, defect.drop)
      if (parent) delete parent[segments(defect.drop).at(-1) ?? '']
    } else if ('set' in defect) {
      const parent = parentOf(result, defect.set)
      if (parent) parent[segments(defect.set).at(-1) ?? ''] = copy(defect.to)
    } else {
      const target = valueAt(result, defect.extra)
      if (
        target !== null &&
        typeof target === 'object' &&
        !Array.isArray(target) &&
        !(target instanceof RawJson)
      )
        Object.defineProperty(target, defect.key, {
          value: copy(defect.to),
          enumerable: true,
          writable: true,
          configurable: true,
        })
    }
  }
  return result
}

/** Values of the wrong kind for a field: wrong JSON type, or the right type with a value it refuses. */
export function wrongValuesFor(field: Field, example: unknown): fc.Arbitrary<unknown> {
  const { is } = field
  const domain = field.invalid?.length ? [fc.constantFrom(...field.invalid)] : []
  switch (is.type) {
    case 'text':
      return fc.oneof(
        notOfType('string'),
        textWithForbiddenChar({ multiline: is.multiline ?? false }),
        fc.constantFrom('', '   ', '\n\t \n'), // nothing left once trimmed
        ...(is.min > 1 ? [fc.constant('ab'.slice(0, is.min - 1))] : []),
        fc.integer({ min: is.max + 1, max: is.max * 4 + 8 }).map((n) => 'x'.repeat(n)),
        hugeString,
        ...domain,
      )
    case 'code':
      return fc.oneof(
        notOfType('string'),
        hostileString,
        fc.nat().map((i) => lookalikeOf(String(example), i)),
        fc.constantFrom(' ', '\u0000', '\u200b', '\n').map((c) => `${String(example)}${c}`),
        fc.constantFrom(' ', '\u200b', '\ufeff').map((c) => `${c}${String(example)}`),
        ...domain,
      )
    case 'string':
      return fc.oneof(
        notOfType('string'),
        ...(is.min > 0 ? [fc.constant('x'.repeat(is.min - 1))] : []),
        fc.integer({ min: is.max + 1, max: is.max * 4 }).map((n) => 'x'.repeat(n)),
        hugeString,
        ...domain,
      )
    case 'number':
      return fc.oneof(
        notOfType('number'),
        infinities,
        fc.constantFrom(...is.invalid),
        fc.constantFrom('1', String(example)), // a number written as a string
        ...domain,
      )
    case 'boolean':
      return fc.oneof(notOfType('boolean'), fc.constantFrom('true', 'false', 0, 1), ...domain)
    case 'object':
      return fc.oneof(notOfType('object'), ...domain)
    case 'array': {
      const max = is.max
      const tooMany = max === undefined ? [] : [fc.constant(Array.from({ length: max + 1 }, () => example))]
      return fc.oneof(notOfType('array'), ...tooMany, ...domain)
    }
  }
}

/** Keys an object at `path` does not have: every hostile key, and random ones. */
function unknownKeysAt(spec: BodySpec, path: string): fc.Arbitrary<string> {
  const depth = segments(path).length
  const known = new Set(
    spec.fields
      .filter((f) => segments(f.path).length === depth + 1 && f.path.startsWith(path))
      .map((f) => segments(f.path).at(-1)),
  )
  return fc
    .oneof(fc.constantFrom(...HOSTILE_KEYS), fc.string({ minLength: 1, maxLength: 12 }))
    .filter((key) => !known.has(key))
}

/** One to three defects for a valid body of `spec`. */
export function defectsOf(spec: BodySpec): fc.Arbitrary<Defect[]> {
  const example = spec.valid()
  const required = spec.fields.filter((f) => f.required)
  const objects = ['', ...spec.fields.filter((f) => f.is.type === 'object').map((f) => f.path)]
  const defect: fc.Arbitrary<Defect> = fc.oneof(
    ...(required.length ? [fc.constantFrom(...required).map((f): Defect => ({ drop: f.path }))] : []),
    fc
      .constantFrom(...spec.fields)
      .chain((f) => wrongValuesFor(f, valueAt(example, f.path)).map((to): Defect => ({ set: f.path, to }))),
    fc
      .constantFrom(...objects)
      .chain((path) =>
        fc
          .tuple(unknownKeysAt(spec, path), hostileJson)
          .map(([key, to]): Defect => ({ extra: path, key, to })),
      ),
    notOfType('object').map((root): Defect => ({ root })),
  )
  return fc.array(defect, { minLength: 1, maxLength: 3 })
}

/** One plain wrong value of each kind for a field: what the sweep below tries on every field. */
function oneOfEachWrong(field: Field, example: unknown): unknown[] {
  const { is } = field
  const domain = [...(field.invalid ?? [])]
  switch (is.type) {
    case 'text':
      return [42, null, '', 'x'.repeat(is.max + 1), 'Jalan\u202erusak', 'Jalan\u0000rusak', ...domain]
    case 'code':
      return [
        42,
        null,
        `${String(example)} `,
        lookalikeOf(String(example), 0),
        "'; DROP TABLE events; --",
        ...domain,
      ]
    case 'string':
      return [42, null, 'x'.repeat(is.max + 1), ...(is.min > 0 ? ['x'.repeat(is.min - 1)] : []), ...domain]
    case 'number':
      return ['1', null, new RawJson('1e400'), ...is.invalid, ...domain]
    case 'boolean':
      return ['true', 1, null, ...domain]
    case 'object':
      return [[], 'x', null, ...domain]
    case 'array':
      return [
        {},
        'x',
        null,
        ...(is.max === undefined ? [] : [Array.from({ length: is.max + 1 }, () => example)]),
      ]
  }
}

/**
 * Every single defect, once: each required field dropped, `__proto__` and `constructor` added to every
 * object, each field set to one wrong value of each kind. Random combinations find the unexpected; this
 * finds, on every run, a regression in any one field (a schema that stops being strict, say).
 */
export function sweep(spec: BodySpec): Array<{ defects: Defect[]; body: unknown }> {
  const example = spec.valid()
  const objects = ['', ...spec.fields.filter((f) => f.is.type === 'object').map((f) => f.path)]
  const defects: Defect[] = [
    ...spec.fields.filter((f) => f.required).map((f) => ({ drop: f.path })),
    ...objects.flatMap((path): Defect[] => [
      { extra: path, key: '__proto__', to: { polluted: true } },
      { extra: path, key: 'constructor', to: { prototype: { polluted: true } } },
    ]),
    ...spec.fields.flatMap((f) =>
      oneOfEachWrong(f, valueAt(example, f.path)).map((to): Defect => ({ set: f.path, to })),
    ),
  ]
  return defects.map((d) => ({ defects: [d], body: withDefects(spec.valid(), [d]) }))
}

/** Bad bodies for `spec`: a valid one with one to three defects, each listed beside the body. */
export const badBodies = (spec: BodySpec) =>
  defectsOf(spec).map((defects) => ({ defects, body: withDefects(spec.valid(), defects) }))
