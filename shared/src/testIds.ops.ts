/** Test ids of the login page and the operators' console (/ops), shared with e2e/pages. */
export const OPS_IDS = {
  login: { form: 'login.form' },
  root: 'ops',
} as const
