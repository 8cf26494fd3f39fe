export interface TestEngine {
  title: string
  host(env: NodeJS.ProcessEnv): string
  start: string | null
  extraSuites?: string[]
}
export const TEST_ENGINES: Record<string, TestEngine>
export const DEFAULT_TEST_ENGINE: string
export const ENGINE_SUITES: string[]
export function testEngineEnv(name: string, env?: NodeJS.ProcessEnv): Record<string, string>
