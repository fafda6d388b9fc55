/**
 * The wall's chart panels, one chunk with recharts behind them (a third of the wall's code): loaded apart
 * from the rest of the wall (scenes/SceneView.tsx), so the first scene paints without them.
 */
export { ChannelHoursPanel } from '../../../panels/channel-hours/ChannelHoursPanel.js'
export { RatesPanel } from '../../../panels/rates/RatesPanel.js'
export { SatisfactionPanel } from '../../../panels/satisfaction/SatisfactionPanel.js'
export { TopCategoriesPanel } from '../../../panels/top-categories/TopCategoriesPanel.js'
