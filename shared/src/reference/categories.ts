import { z } from 'zod'

import { CategoryCodeSchema, OpdCodeSchema } from '../ids.js'

import { CIVIL_CATEGORY_ROWS } from './categories/civil.js'
import { ECONOMY_CATEGORY_ROWS } from './categories/economy.js'
import { GOVERNANCE_CATEGORY_ROWS } from './categories/governance.js'
import { NATIONAL_CATEGORY_ROWS } from './categories/national.js'
import { PEOPLE_CATEGORY_ROWS } from './categories/people.js'
import { WORKS_CATEGORY_ROWS } from './categories/works.js'
import type { CategoryRowsByTop, CategoryTopCode } from './categoryTops.js'
import { CATEGORY_TOPS, CategoryTopCodeSchema, CategoryVillageIssueSchema } from './categoryTops.js'

/**
 * The complaint category taxonomy: LAPOR!'s 38 tops (see `categoryTops.ts`) and, under each, the
 * sub-categories that matter to a regency, each with the OPD it is routed to by default.
 */

/**
 * One sub-category. `code` is `<top>.<sub>`; `opd` is the default route (the verifier's starting
 * suggestion, domain.md §4.4); `weight` is relative within its top (for the simulator); `villageIssue` is set
 * when a complaint in this category is evidence of one of the village problems the map shows.
 */
export const CategorySchema = z
  .strictObject({
    code: CategoryCodeSchema,
    top: CategoryTopCodeSchema,
    name: z.string().trim().min(1),
    nameEn: z.string().trim().min(1),
    opd: OpdCodeSchema,
    weight: z.number().positive(),
    villageIssue: CategoryVillageIssueSchema.optional(),
  })
  .refine((c) => c.code.startsWith(`${c.top}.`), { path: ['code'], message: 'must start with its top code' })
export type Category = z.infer<typeof CategorySchema>

// Annotated with every top: leaving a top out of the data tables is a compile error.
const ROWS_BY_TOP: CategoryRowsByTop<CategoryTopCode> = {
  ...WORKS_CATEGORY_ROWS,
  ...PEOPLE_CATEGORY_ROWS,
  ...CIVIL_CATEGORY_ROWS,
  ...ECONOMY_CATEGORY_ROWS,
  ...GOVERNANCE_CATEGORY_ROWS,
  ...NATIONAL_CATEGORY_ROWS,
}

/**
 * Every sub-category, grouped by top in the order of {@link CATEGORY_TOPS}. Parsed once at load: the data is
 * static, so a bad row fails every test run rather than a complaint at run time.
 */
export const CATEGORIES: readonly Readonly<Category>[] = Object.freeze(
  CATEGORY_TOPS.flatMap((top) =>
    ROWS_BY_TOP[top.code].map((row) => Object.freeze(CategorySchema.parse({ ...row, top: top.code }))),
  ),
)

const CATEGORY_BY_CODE = new Map<string, Readonly<Category>>(CATEGORIES.map((c) => [c.code, c]))

const CATEGORIES_BY_TOP = new Map<string, readonly Readonly<Category>[]>(
  CATEGORY_TOPS.map((top) => [top.code, Object.freeze(CATEGORIES.filter((c) => c.top === top.code))]),
)

/**
 * The sub-category with this code, or `undefined` for an unknown code (including one from a newer LAPOR!
 * taxonomy than this table).
 *
 * @example
 * categoryByCode('pupr.jalan-desa')?.opd // 'DPMD'
 * categoryByCode('pupr.jalan-tol') // undefined
 */
export function categoryByCode(code: string): Readonly<Category> | undefined {
  return CATEGORY_BY_CODE.get(code)
}

/**
 * The sub-categories of one top, in table order; empty for an unknown top.
 *
 * @example
 * categoriesOfTop('lingkungan').map((c) => c.code) // ['lingkungan.banjir', 'lingkungan.kekeringan', …]
 */
export function categoriesOfTop(top: string): readonly Readonly<Category>[] {
  return CATEGORIES_BY_TOP.get(top) ?? []
}

export {
  CATEGORY_TOP_CODES,
  CATEGORY_TOPS,
  CategoryTopCodeSchema,
  CategoryTopSchema,
  CategoryVillageIssueSchema,
  UNOBSERVED_TOP_WEIGHT,
} from './categoryTops.js'
export type { CategoryTop, CategoryTopCode, CategoryVillageIssue } from './categoryTops.js'
