/** A row (or a set of rows) a PostgreSQL batch's decision state may need loaded. */
export type RowKey =
  | { readonly kind: 'complaint'; readonly id: string }
  | { readonly kind: 'external'; readonly channel: string; readonly externalId: string }
  | { readonly kind: 'villageIssue'; readonly id: string }
  | { readonly kind: 'villageIssueExternal'; readonly system: string; readonly externalId: string }
  | { readonly kind: 'token'; readonly id: string }
  | { readonly kind: 'user'; readonly id: string }
  | { readonly kind: 'username'; readonly username: string }
  /** A complaint's stored events (what changed since a caller looked). */
  | { readonly kind: 'history'; readonly id: string }
  /** The ids of every complaint with a live clock (a calendar amendment moves them). */
  | { readonly kind: 'liveClocks' }
  /** How many complaints were ever received. */
  | { readonly kind: 'count' }

/**
 * Thrown by the batch state when a decision reads a row that was not loaded: the store loads it and
 * decides the command again. Never escapes the store.
 */
export class NotLoaded extends Error {
  constructor(readonly keys: readonly RowKey[]) {
    super(`not loaded: ${keys.map((k) => k.kind).join(', ')}`)
    this.name = 'NotLoaded'
  }
}
