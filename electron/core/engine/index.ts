export { createEngineService } from './engine-service'
export type { EngineService, EngineServiceDeps, EngineServiceOptions } from './engine-service-types'
export type * from './engine-api-types'
