/**
 * `npm run backup -- <destination>`: an online backup of the SQLite store the configuration names
 * (PENDOPO_DB), safe while the server runs. Prints where it went and the last event it holds.
 */
import { existsSync } from 'node:fs'

import { loadConfig } from '../config.js'
import { backupSqlite } from '../log/sqlite/backup.js'

const destination = process.argv[2]
if (!destination) {
  console.error('usage: npm run backup -- <destination file>')
  process.exit(2)
}
const { dbPath } = loadConfig(process.env)
if (!existsSync(dbPath)) {
  console.error(`no store at ${dbPath}: set PENDOPO_DB to the server's database file`)
  process.exit(1)
}
const backup = await backupSqlite(dbPath, destination)
process.stdout.write(`${JSON.stringify({ source: dbPath, ...backup })}\n`)
