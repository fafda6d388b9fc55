/**
 * @pendopo/shared: the contract between Pendopo's server, its browsers and its integrations.
 * Pure: no I/O, no clock. Time and data are always arguments.
 */
export * from './actions.js'
export * from './channels.js'
export * from './complaint.js'
export * from './errors.js'
export * from './events/index.js'
export * from './ids.js'
export * from './lifecycle.js'
export * from './privacy.js'
export * from './projections/counters.js'
export * from './projections/dashboard.js'
export * from './protocol.js'
export * from './roles.js'
export * from './sla/calendar.js'
export * from './sla/clocks.js'
export * from './sla/colour.js'
export * from './sla/policy.js'
export * from './snapshot.js'
export * from './text.js'
export * from './villageIssue.js'
export * from './reference/index.js'
