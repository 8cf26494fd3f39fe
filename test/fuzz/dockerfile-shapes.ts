import { DOCKERFILE_MAX_BYTES } from '../../shared/contract/limits'

/**
 * Dockerfiles built to be slow rather than wrong: each fills the 1 MiB cap with one shape an
 * attacker (or a generator gone wrong) would use against a parser. The at-size fuzz run times
 * each one by name beside the mutated fixtures.
 */
export interface DockerfileShape {
  name: string
  text: string
}

// A little under the cap, so the shape is analysed rather than refused for its size.
const BUDGET = Math.round((DOCKERFILE_MAX_BYTES - 4096) * Number(process.env.SHAPE_SCALE ?? 1))

/** `unit` repeated until the text would pass the cap, between `head` and `tail`. */
function fill(head: string, unit: (index: number) => string, tail = ''): string {
  const parts = [head]
  let length = head.length + tail.length
  for (let index = 0; ; index += 1) {
    const next = unit(index)
    if (length + next.length > BUDGET) break
    parts.push(next)
    length += next.length
  }
  parts.push(tail)
  return parts.join('')
}

export function dockerfileShapes(): DockerfileShape[] {
  return [
    { name: 'one long RUN line of apt-get installs', text: fill('FROM debian:bookworm\nRUN apt-get update', (i) => ` && apt-get install -y pkg${i}`, '\n') },
    { name: 'one long RUN line of short words', text: fill('FROM python:3.12\nRUN echo', (i) => ` w${i % 10}`, '\n') },
    { name: 'one long quoted RUN word', text: fill('FROM python:3.12\nRUN echo "', () => 'ab\'c ', '"\n') },
    { name: '25,000 RUN lines', text: fill('FROM debian:bookworm\n', (i) => `RUN apt-get install -y gcc${i} && make\n`) },
    { name: 'RUN with 100,000 backslash continuations', text: fill('FROM debian:bookworm\nRUN apt-get install -y \\\n', (i) => `  p${i} \\\n`, '  done\n') },
    { name: 'continuations with comment lines between', text: fill('FROM debian:bookworm\nRUN true \\\n', (i) => (i % 2 === 0 ? `# note ${i}\n` : `  && x${i} \\\n`), '  && done\n') },
    { name: '10,000 FROM stages chained by COPY --from', text: fill('FROM alpine:3.19 AS s0\n', (i) => `FROM alpine:3.19 AS s${i + 1}\nCOPY --from=s${i} /a /a\n`) },
    { name: '10,000 stages each FROM the one before', text: fill('FROM node:20 AS s0\n', (i) => `FROM s${i} AS s${i + 1}\nRUN npm ci\n`) },
    { name: '30,000 global ARGs each defaulting to the one before', text: fill('ARG V0=3.12\n', (i) => `ARG V${i + 1}=\${V${i}:-x}\n`, 'FROM python:${V1000}-slim\n') },
    { name: 'ARGs in a stage before 10,000 COPY --from=${V}', text: fill('FROM golang:1.22 AS build\nFROM alpine:3.19\n', (i) => `ARG V${i}=build\nCOPY --from=\${V${i}:-build} /a /b\n`) },
    { name: 'one ARG default nested 100,000 deep', text: `ARG V=${'${A:-'.repeat(100_000)}x${'}'.repeat(100_000)}\nFROM python:\${V}\n` },
    { name: 'ENV with 50,000 pairs', text: fill('FROM node:20\nENV', (i) => ` K${i}="v ${i}"`, '\n') },
    { name: 'one heredoc of 1 MiB', text: fill('# syntax=docker/dockerfile:1.4\nFROM debian:bookworm\nRUN <<EOF\n', (i) => `apt-get install -y p${i}\n`, 'EOF\n') },
    { name: '10,000 heredocs', text: fill('# syntax=docker/dockerfile:1.4\nFROM debian:bookworm\n', (i) => `RUN <<EOF${i}\necho ${i}\nEOF${i}\n`) },
    { name: '50,000 LABELs', text: fill('FROM alpine:3.19\n', (i) => `LABEL k${i}=v\n`) },
  ]
}
