export type * from './engine'
export type * from './image'
export type * from './operation'
export type * from './settings'
