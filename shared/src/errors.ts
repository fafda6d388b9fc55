import { z } from 'zod'

/** Every error answer: a sentence, and for bad input every problem with where it is. */
export const ErrorBodySchema = z.object({
  error: z.string(),
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
})
export type ErrorBody = z.infer<typeof ErrorBodySchema>

/** A zod error as `issues`: `source.externalId`, `location.lat`, … (the empty path is the whole body). */
export function issuesOf(error: z.ZodError): Array<{ path: string; message: string }> {
  return error.issues.map((issue) => ({ path: issue.path.map(String).join('.'), message: issue.message }))
}
