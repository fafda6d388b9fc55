/**
 * Test ids of the executives' tablet (/exec), shared by its components and e2e/pages/ExecPage.ts. Rows carry
 * their code in `data-code` (kecamatan, desa, OPD) or `data-id` (complaint); what shows a complaint's state
 * carries `data-state`, `data-colour` and `data-version`, so a test can wait for a change made elsewhere.
 */
export const EXEC_IDS = {
  root: 'exec',
  connection: 'exec.connection',
  logout: 'exec.logout',
  nav: 'exec.nav',
  range: 'exec.range',
  figures: 'exec.figures',
  kecamatanList: 'exec.kecamatan-list',
  kecamatanRow: 'exec.kecamatan-row',
  desaList: 'exec.desa-list',
  desaRow: 'exec.desa-row',
  opdTable: 'exec.opd-table',
  opdRow: 'exec.opd-row',
  complaintList: 'exec.complaint-list',
  complaintRow: 'exec.complaint-row',
  complaint: 'exec.complaint',
  complaintState: 'exec.complaint.state',
  complaintClose: 'exec.complaint.close',
  friday: 'exec.friday',
  fridayRow: 'exec.friday-row',
} as const
