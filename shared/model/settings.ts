export interface Settings {
  /** An engine URL chosen in the app (unix://, tcp://, ssh://, npipe://); null: discover. */
  engineEndpoint: string | null
}
