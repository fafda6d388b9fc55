/** Test ids of the login page and the operators' console (/ops), shared with e2e/pages. */
export const OPS_IDS = {
  login: {
    form: 'login.form',
    username: 'login.username',
    password: 'login.password',
    submit: 'login.submit',
    /** The refusal in words (wrong password, too many attempts, server unreachable). */
    error: 'login.error',
  },
  root: 'ops',
  user: 'ops.user',
  logout: 'ops.logout',
  connection: 'ops.connection',
  queue: {
    root: 'ops.queue',
    filters: 'ops.queue.filters',
    /** `data-total`: how many complaints match, across all pages; `data-loaded`: rows held. */
    total: 'ops.queue.total',
    list: 'ops.queue.list',
    /** Each row carries `data-id`, `data-state`, `data-colour`, `data-opd`, `data-version`, and `aria-current` when selected. */
    row: 'ops.queue.row',
  },
  complaint: {
    root: 'ops.complaint',
    /** `data-state` and `data-version` of the complaint as shown. */
    header: 'ops.complaint.header',
    countdowns: 'ops.complaint.countdowns',
    timeline: 'ops.complaint.timeline',
    transfers: 'ops.complaint.transfers',
    map: 'ops.complaint.map',
    actions: 'ops.complaint.actions',
    /** The action sent and not yet confirmed by the server's event. */
    pending: 'ops.complaint.pending',
    /** A refused action explained (409 conflict, 403, illegal transition). */
    refusal: 'ops.complaint.refusal',
  },
  action: {
    /** Each action's button carries `data-action` (verify, dispose, …) and its key in `data-key`. */
    button: 'ops.action.button',
    form: 'ops.action.form',
    submit: 'ops.action.submit',
    cancel: 'ops.action.cancel',
  },
} as const
