/** Test ids of the executives' tablet (/exec), shared by its components and e2e/pages/ExecPage.ts. */
export const EXEC_IDS = {
  root: 'exec',
} as const
