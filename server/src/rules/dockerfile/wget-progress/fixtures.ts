import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'GNU wget installed on Alpine',
      text: 'FROM alpine:3.20\nRUN apk add --no-cache wget=1.24.5-r0\nRUN ⟦wget⟧ https://x/a.tgz\n',
    },
    { name: 'plain download', text: 'FROM debian:12\nRUN ⟦wget⟧ https://x/a.tgz\n' },
    { name: 'writing to a file', text: 'FROM debian:12\nRUN ⟦wget⟧ -O /tmp/a.tgz https://x/a.tgz\n' },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦wget⟧ https://x/a.tgz\nEOF\n' },
  ],
  dontFire: [
    {
      name: 'quiet, also in a cluster',
      text: 'FROM debian:12\nRUN wget -q https://x/a && wget -qO- https://x/b > b\n',
    },
    {
      name: 'BusyBox wget on Alpine has no --progress',
      text: 'FROM alpine:3.20 AS base\nRUN wget https://x/a.tgz\nFROM base\nRUN wget https://x/b.tgz\n',
    },
    { name: 'no verbose', text: 'FROM debian:12\nRUN wget -nv https://x/a && wget --no-verbose https://x/b\n' },
    {
      name: 'progress chosen',
      text: 'FROM debian:12\nRUN wget --progress=dot:giga https://x/a && wget --progress bar https://x/b\n',
    },
    { name: 'log to a file', text: 'FROM debian:12\nRUN wget -o /dev/null https://x/a\n' },
    { name: 'version check', text: 'FROM debian:12\nRUN wget --version\n' },
  ],
  fix: [
    {
      name: 'adds a progress style for large files',
      text: 'FROM debian:12\nRUN wget https://x/a.tgz && wget -O b https://x/b\n',
      output:
        'FROM debian:12\nRUN wget --progress=dot:giga https://x/a.tgz && wget --progress=dot:giga -O b https://x/b\n',
    },
  ],
});
