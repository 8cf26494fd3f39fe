export interface Settings {
  /** An engine URL chosen in the app (unix://, tcp://, ssh://, npipe://); null: discover. */
  engineEndpoint: string | null
  /**
   * The folder the last report was exported to, where the next save dialog starts; null: the OS
   * default. Kept by report.export itself: settings.update does not take it.
   */
  lastReportFolder: string | null
}

/** Something a person must be told that is not the answer to a request. */
export interface AppNotice {
  level: 'info' | 'warning'
  message: string
  /** ISO 8601. */
  at: string
}
