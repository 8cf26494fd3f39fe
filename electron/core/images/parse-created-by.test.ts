import { describe, expect, it } from 'vitest'
import { parseCreatedBy } from './parse-created-by'

const cases: [name: string, input: string, instruction: string | null, createdBy: string][] = [
  ['classic ENV', '/bin/sh -c #(nop) ENV A=b', 'ENV', 'ENV A=b'],
  ['classic CMD with two spaces', '/bin/sh -c #(nop)  CMD ["sh"]', 'CMD', 'CMD ["sh"]'],
  ['classic COPY', '/bin/sh -c #(nop) COPY file:0f1e2d3c in /x ', 'COPY', 'COPY file:0f1e2d3c in /x'],
  ['classic ADD of a root', '/bin/sh -c #(nop) ADD file:abc123 in / ', 'ADD', 'ADD file:abc123 in /'],
  ['classic WORKDIR', '/bin/sh -c #(nop) WORKDIR /app', 'WORKDIR', 'WORKDIR /app'],
  ['classic RUN', '/bin/sh -c apt-get update && apt-get install -y curl', 'RUN', 'apt-get update && apt-get install -y curl'],
  ['classic RUN with build args', '|2 A=1 B=2 /bin/sh -c make', 'RUN', 'make'],
  ['classic RUN with an empty build arg', '|1 A= /bin/sh -c make all', 'RUN', 'make all'],
  ['classic RUN with a build arg holding a space', '|1 A=x y /bin/sh -c make', 'RUN', 'make'],
  ['classic exec-form RUN with build args', '|1 A=1 ./configure --prefix=/usr', 'RUN', './configure --prefix=/usr'],
  ['BuildKit RUN', 'RUN /bin/sh -c echo hi # buildkit', 'RUN', 'echo hi'],
  ['BuildKit RUN with build args', 'RUN |1 VERSION=1.2 /bin/sh -c echo $VERSION # buildkit', 'RUN', 'echo $VERSION'],
  ['BuildKit exec-form RUN', 'RUN echo hi # buildkit', 'RUN', 'echo hi'],
  ['BuildKit COPY', 'COPY /src /dst # buildkit', 'COPY', 'COPY /src /dst'],
  ['BuildKit COPY from a stage', 'COPY --from=build /out/app /app # buildkit', 'COPY', 'COPY --from=build /out/app /app'],
  ['BuildKit ENV', 'ENV PATH=/usr/local/bin:/usr/bin', 'ENV', 'ENV PATH=/usr/local/bin:/usr/bin'],
  ['BuildKit WORKDIR', 'WORKDIR /app', 'WORKDIR', 'WORKDIR /app'],
  ['BuildKit LABEL', 'LABEL org.opencontainers.image.title=x', 'LABEL', 'LABEL org.opencontainers.image.title=x'],
  ['BuildKit CMD', 'CMD ["x"]', 'CMD', 'CMD ["x"]'],
  ['BuildKit EXPOSE', 'EXPOSE map[8080/tcp:{}]', 'EXPOSE', 'EXPOSE map[8080/tcp:{}]'],
  ['BuildKit ADD of a root', 'ADD file:abc123 in / ', 'ADD', 'ADD file:abc123 in /'],
  ['BuildKit ADD of an archive', 'ADD alpine-minirootfs-3.20.0-x86_64.tar.gz / # buildkit', 'ADD', 'ADD alpine-minirootfs-3.20.0-x86_64.tar.gz /'],
  ['buildah nop without a shell', '#(nop) ENTRYPOINT ["/app"]', 'ENTRYPOINT', 'ENTRYPOINT ["/app"]'],
  ['Windows shell RUN', 'cmd /S /C dir', 'RUN', 'dir'],
  ['a tool comment is kept as is', "# debian.sh --arch 'amd64' out/ 'bookworm' '@1712534400'", null, "# debian.sh --arch 'amd64' out/ 'bookworm' '@1712534400'"],
  ['an unknown tool line is kept as is', 'bazel build //app:image', null, 'bazel build //app:image'],
  ['an exec-form RUN from the classic builder is a RUN', '/bin/busybox --install -s /bin', 'RUN', '/bin/busybox --install -s /bin'],
  ['a lower-case word is not an instruction', 'run something', null, 'run something'],
  ['an unknown nop is kept without the shell', '/bin/sh -c #(nop) FROBNICATE x', null, '#(nop) FROBNICATE x'],
]

describe('parseCreatedBy', () => {
  it.each(cases)('%s', (_name, input, instruction, createdBy) => {
    expect(parseCreatedBy(input)).toEqual({ instruction, createdBy })
  })

  it('reads an imported root from its comment', () => {
    expect(parseCreatedBy('', 'Imported from -')).toEqual({ instruction: 'IMPORT', createdBy: '' })
    expect(parseCreatedBy('', 'Imported from http://example.com/root.tar')).toEqual({ instruction: 'IMPORT', createdBy: '' })
  })

  it('says nothing about an empty line without a comment', () => {
    expect(parseCreatedBy('', '')).toEqual({ instruction: null, createdBy: '' })
    expect(parseCreatedBy('   ')).toEqual({ instruction: null, createdBy: '' })
  })
})
