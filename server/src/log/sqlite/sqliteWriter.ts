import type { ProjectionWriter } from '../Projector.js'

import type { Statements } from './statements.js'

/** The projector's writes, each run at once inside SQLite's write transaction. */
export const sqliteWriter = (sql: Statements): ProjectionWriter => ({
  insertComplaint: (row) => sql.insertComplaint.run(row),
  updateComplaint: (row) => sql.updateComplaint.run(row),
  upsertVillageIssue: (row) => sql.upsertVillageIssue.run(row),
  upsertCalendar: (version, data) => sql.upsertCalendar.run(version, data),
  insertToken: (row) => sql.insertToken.run(row),
  revokeToken: (at, id) => sql.revokeToken.run(at, id),
  insertUser: (row) => sql.insertUser.run(row),
  disableUser: (at, id) => sql.disableUser.run(at, id),
  addMeta: (key, n) => sql.addMeta.run(key, n),
  addCounter: (key, n) => sql.addCounter.run(key, n),
})
