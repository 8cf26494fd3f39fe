import { inflateSync } from 'node:zlib'

/** A decoded PNG: 8-bit RGB or RGBA, as Chromium's screenshots and pdftoppm write them. */
export interface Png {
  width: number
  height: number
  /** [r, g, b] of one pixel. */
  rgb(x: number, y: number): [number, number, number]
}

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Just enough of PNG (no interlace, 8-bit truecolour) to look at what a test rendered. */
export function readPng(file: Buffer): Png {
  if (!file.subarray(0, 8).equals(SIGNATURE)) throw new Error('not a PNG file')
  let offset = 8
  let width = 0
  let height = 0
  let channels = 0
  const data: Buffer[] = []
  while (offset < file.length) {
    const length = file.readUInt32BE(offset)
    const type = file.toString('latin1', offset + 4, offset + 8)
    const body = file.subarray(offset + 8, offset + 8 + length)
    if (type === 'IHDR') {
      width = body.readUInt32BE(0)
      height = body.readUInt32BE(4)
      const [depth, colour, , , interlace] = [body[8], body[9], body[10], body[11], body[12]]
      if (depth !== 8 || interlace !== 0 || (colour !== 2 && colour !== 6)) throw new Error(`unsupported PNG: depth ${depth}, colour ${colour}`)
      channels = colour === 6 ? 4 : 3
    } else if (type === 'IDAT') data.push(body)
    offset += 12 + length
  }
  const pixels = unfilter(inflateSync(Buffer.concat(data)), width, height, channels)
  return {
    width,
    height,
    rgb: (x, y) => {
      const at = (y * width + x) * channels
      return [pixels[at] ?? 0, pixels[at + 1] ?? 0, pixels[at + 2] ?? 0]
    },
  }
}

function unfilter(raw: Buffer, width: number, height: number, channels: number): Buffer {
  const stride = width * channels
  const out = Buffer.alloc(stride * height)
  for (let y = 0; y < height; y += 1) {
    const filter = raw[y * (stride + 1)]
    for (let x = 0; x < stride; x += 1) {
      const value = raw[y * (stride + 1) + 1 + x] ?? 0
      const left = x >= channels ? (out[y * stride + x - channels] ?? 0) : 0
      const up = y > 0 ? (out[(y - 1) * stride + x] ?? 0) : 0
      const upLeft = y > 0 && x >= channels ? (out[(y - 1) * stride + x - channels] ?? 0) : 0
      out[y * stride + x] = (value + predictor(filter, left, up, upLeft)) & 0xff
    }
  }
  return out
}

function predictor(filter: number | undefined, left: number, up: number, upLeft: number): number {
  switch (filter) {
    case 1: return left
    case 2: return up
    case 3: return Math.floor((left + up) / 2)
    case 4: {
      const estimate = left + up - upLeft
      const [a, b, c] = [Math.abs(estimate - left), Math.abs(estimate - up), Math.abs(estimate - upLeft)]
      return a <= b && a <= c ? left : b <= c ? up : upLeft
    }
    default: return 0
  }
}

/** Share of pixels that are not (nearly) white, and how many are close to `colour`, sampled every `step` pixels. */
export function inkStats(png: Png, colour: [number, number, number], step = 2): { inked: number; matching: number } {
  let total = 0
  let inked = 0
  let matching = 0
  for (let y = 0; y < png.height; y += step) {
    for (let x = 0; x < png.width; x += step) {
      const [r, g, b] = png.rgb(x, y)
      total += 1
      if (r < 240 || g < 240 || b < 240) inked += 1
      if (Math.abs(r - colour[0]) + Math.abs(g - colour[1]) + Math.abs(b - colour[2]) < 40) matching += 1
    }
  }
  return { inked: inked / total, matching }
}
