// Types for the TypeScript side of the suite (test/fixtures/packages imports the Debian base).
export declare const DEBIAN_BENCH_REF: string
export declare function ensureDebianBase(): string
export declare function ensureDebianBenchImage(): string
