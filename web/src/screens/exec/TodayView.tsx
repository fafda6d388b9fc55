import { DesaList } from './areas/DesaList.js'
import { KecamatanList } from './areas/KecamatanList.js'
import { ComplaintList } from './complaints/ComplaintList.js'
import { OpdTable } from './opds/OpdTable.js'
import { useExecNav } from './url/ViewLink.js'
import { listsComplaints } from './url/viewState.js'

/**
 * Today's picture, and the drill-down in place: the areas on the left (kecamatan, then the desa of one),
 * the OPDs on the right until an area or an OPD is chosen — then that choice's complaints.
 */
export function TodayView() {
  const { view } = useExecNav()
  return (
    <div className="exec-columns">
      {view.kecamatan ? <DesaList kecamatan={view.kecamatan} /> : <KecamatanList />}
      {listsComplaints(view) ? <ComplaintList /> : <OpdTable />}
    </div>
  )
}
