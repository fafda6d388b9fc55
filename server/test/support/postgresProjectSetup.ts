import { APP_SCHEMA_PREFIX, dropSchemas } from './scratchSchema.js'
import { postgresReachable } from './services.js'

/**
 * Before and after the `server-postgres` project: drop the schemas its apps made (a restart test keeps
 * its schema for its second start, and a killed run keeps everything). Without PostgreSQL there is
 * nothing to drop: the suites themselves say why they skip, or fail under CI.
 */
export default async function setup(): Promise<() => Promise<void>> {
  const clean = async () => {
    if (await postgresReachable()) await dropSchemas(APP_SCHEMA_PREFIX)
  }
  await clean()
  return clean
}
