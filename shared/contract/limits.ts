/**
 * Size limits every door into the core agrees on: the renderer refuses a drop before reading it,
 * the request guards refuse the request, the core refuses the bytes or the file.
 */

/** A Dockerfile is at most 1 MiB: real ones are a few kB; more is a wrong file dropped. */
export const DOCKERFILE_MAX_BYTES = 1024 * 1024

/** The same Dockerfile as the base64 text a request carries: 4 characters for 3 bytes, plus padding. */
export const DOCKERFILE_MAX_BASE64 = Math.ceil(DOCKERFILE_MAX_BYTES / 3) * 4 + 4

/** A file read from a layer is read up to 1 MiB: enough to read any config, bounded for a 1 GB blob. */
export const FILE_READ_MAX_BYTES = 1024 * 1024

/** A path asked for inside an image: PATH_MAX on Linux. */
export const FILE_PATH_MAX_LENGTH = 4096
