import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'two RUNs', text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n⟦RUN⟧ adduser -D app\n' },
    {
      name: 'a chain of three, blank lines between',
      text: 'FROM debian:12\nRUN make\n\n⟦RUN⟧ make test\n⟦run⟧ make install\n',
    },
    {
      name: 'the same mounts',
      text: 'FROM golang:1.23\nRUN --mount=type=cache,target=/go go mod download\n⟦RUN⟧ --mount=type=cache,target=/go go build ./...\n',
    },
    { name: 'before the first FROM', text: 'RUN make\n⟦RUN⟧ make install\n' },
    {
      name: 'a RUN that repeats the removal the RUN above ends with',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n⟦RUN⟧ rm -rf /var/lib/apt/lists/*\n',
    },
  ],
  dontFire: [
    {
      name: 'a comment between',
      text: 'FROM debian:12\nRUN make\n# the slow part, cached on its own\nRUN make test\n',
    },
    { name: 'another instruction between', text: 'FROM debian:12\nRUN make\nENV X=1\nRUN make test\n' },
    {
      name: 'different mounts',
      text: 'FROM golang:1.23\nRUN --mount=type=cache,target=/go go mod download\nRUN go build ./...\n',
    },
    { name: 'exec form', text: 'FROM debian:12\nRUN make\nRUN ["make", "install"]\n' },
    { name: 'ONBUILD', text: 'FROM debian:12\nONBUILD RUN make\nONBUILD RUN make install\n' },
    { name: 'different stages', text: 'FROM debian:12 AS a\nRUN make\nFROM a\nRUN make install\n' },
  ],
  fix: [
    {
      name: 'joins with && on a continuation line',
      text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nRUN adduser -D app && mkdir /data\n',
      output: 'FROM alpine:3.20\nRUN apk add --no-cache curl \\\n    && adduser -D app && mkdir /data\n',
    },
    {
      name: 'keeps the style of the continued RUN, and merges a chain',
      text: 'FROM debian:12\nRUN set -eux; \\\n\tapt-get update\nRUN make\nRUN make install\n',
      output: 'FROM debian:12\nRUN set -eux; \\\n\tapt-get update\nRUN make \\\n\t&& make install\n',
    },
    {
      name: 'not when the first RUN changes the shell’s state',
      text: 'FROM debian:12\nRUN cd /src\nRUN export X=1\nRUN Y=2\nRUN make\n',
      output: 'FROM debian:12\nRUN cd /src\nRUN export X=1\nRUN Y=2\nRUN make\n',
    },
    {
      name: 'a removal the RUN above already ends with is deleted, not merged',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nRUN rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
      output:
        'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER 10001\n',
    },
    {
      name: 'merged when the RUN above removes it before the end, or not after &&',
      text: 'FROM debian:12\nRUN rm -rf /tmp/x && make\nRUN rm -rf /tmp/x\nRUN make || rm -rf /tmp/y\nRUN rm -rf /tmp/y\n',
      output:
        'FROM debian:12\nRUN rm -rf /tmp/x && make \\\n    && rm -rf /tmp/x\nRUN make || rm -rf /tmp/y \\\n    && rm -rf /tmp/y\n',
    },
    {
      name: 'not when the second RUN is more than one && chain',
      text: 'FROM debian:12\nRUN make\nRUN make test || true\n',
      output: 'FROM debian:12\nRUN make\nRUN make test || true\n',
    },
  ],
});
