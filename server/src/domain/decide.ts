import { decideAmendCalendar, decidePublishCalendar } from './calendar.js'
import type { Command } from './commands.js'
import { decideAction, decideReceive, decideTimer } from './complaints.js'
import type { Decision, DecisionContext, DecisionState } from './decision.js'
import { decideIssueToken, decideRevokeToken } from './tokens.js'
import { decideCreateUser, decideDisableUser } from './users.js'
import { decideReportVillageIssue, decideVillageIssueAction } from './villageIssues.js'

/** Every command's decision: pure, given the state the store shows it. */
export function decide(command: Command, state: DecisionState, ctx: DecisionContext): Decision {
  switch (command.kind) {
    case 'receiveComplaint':
      return decideReceive(command, state, ctx)
    case 'actOnComplaint':
      return decideAction(command, state, ctx)
    case 'fireTimer':
      return decideTimer(command, state, ctx)
    case 'publishCalendar':
      return decidePublishCalendar(command, state)
    case 'amendCalendar':
      return decideAmendCalendar(command, state, ctx)
    case 'reportVillageIssue':
      return decideReportVillageIssue(command, state)
    case 'actOnVillageIssue':
      return decideVillageIssueAction(command, state)
    case 'issueToken':
      return decideIssueToken(command)
    case 'revokeToken':
      return decideRevokeToken(command, state)
    case 'createUser':
      return decideCreateUser(command, state)
    case 'disableUser':
      return decideDisableUser(command, state)
  }
}
