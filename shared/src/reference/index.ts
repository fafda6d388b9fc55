/** Reference data: the Bojonegoro code list and geo index, the OPD list, the complaint categories. */
export * from './categories.js'
export * from './geo.js'
export * from './opds.js'
