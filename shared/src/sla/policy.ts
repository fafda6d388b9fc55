import { z } from 'zod'

/**
 * The SLA numbers (domain.md §2): 3 working days to verify and forward, 5 for the OPD's follow-up, 10 for the
 * reporter to reply before the complaint closes itself, and the 60-day legal cap. Every number is
 * configuration because Permen PANRB 5/2025's values could not be confirmed and local SOPs differ.
 */
export const SlaPolicySchema = z.strictObject({
  verifyWorkingDays: z.number().int().min(1).max(60).default(3),
  followUpWorkingDays: z.number().int().min(1).max(60).default(5),
  autoCloseWorkingDays: z.number().int().min(1).max(60).default(10),
  legalCapCalendarDays: z.number().int().min(1).max(365).default(60),
  /** Share of a clock's working time after which it turns yellow. */
  warningShare: z.number().gt(0).lt(1).default(0.8),
})
export type SlaPolicy = z.infer<typeof SlaPolicySchema>

export const DEFAULT_SLA_POLICY: SlaPolicy = SlaPolicySchema.parse({})

/**
 * A stable name for a policy, recorded on every deadline so a figure can always be traced to the rule that
 * produced it.
 *
 * @example
 * policyId(DEFAULT_SLA_POLICY) // 'sla:3/5/10/60@0.8'
 */
export function policyId(policy: SlaPolicy): string {
  const { verifyWorkingDays, followUpWorkingDays, autoCloseWorkingDays, legalCapCalendarDays, warningShare } =
    policy
  return `sla:${verifyWorkingDays}/${followUpWorkingDays}/${autoCloseWorkingDays}/${legalCapCalendarDays}@${warningShare}`
}
