/** An engine answer outside 2xx, shaped like docker-modem's errors so toApiError reads both alike. */
export class EngineHttpError extends Error {
  readonly statusCode: number
  readonly json: unknown

  constructor(statusCode: number, json: unknown, text: string) {
    super(`(HTTP code ${statusCode}) - ${text}`)
    this.name = 'EngineHttpError'
    this.statusCode = statusCode
    this.json = json
  }
}
