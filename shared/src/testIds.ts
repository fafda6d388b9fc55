/**
 * Test ids shared by the web components and the e2e page objects (style.md §21): one list, dotted by area,
 * so a renamed id breaks the build, not a test at run time.
 */
export const TEST_IDS = {
  wall: {
    root: 'wall',
    scene: 'wall.scene',
    clock: 'wall.clock',
    asOf: 'wall.as-of',
    connection: 'wall.connection',
  },
  panel: {
    map: 'panel.map',
    mapPoints: 'panel.map.points',
    heatmap: 'panel.sla-heatmap',
    channelHours: 'panel.channel-hours',
    topCategories: 'panel.top-categories',
    rates: 'panel.rates',
    satisfaction: 'panel.satisfaction',
    kpiTiles: 'panel.kpi-tiles',
    ticker: 'panel.ticker',
    areaSummary: 'panel.area-summary',
    villageIssues: 'panel.village-issues',
    urgent: 'panel.urgent',
  },
  tile: {
    open: 'tile.open',
    overdue: 'tile.overdue',
    receivedToday: 'tile.received-today',
    closedToday: 'tile.closed-today',
    followUpMedian: 'tile.follow-up-median',
    satisfaction: 'tile.satisfaction',
  },
} as const
