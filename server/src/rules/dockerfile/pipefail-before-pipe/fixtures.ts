import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'download into tar',
      text: 'FROM debian:12\nRUN ⟦curl -fsSL https://example.com/x.tar.gz⟧ | tar -xz -C /opt\n',
    },
    {
      name: 'each pipeline once, in a chain',
      text: 'FROM alpine:3.20\nRUN ⟦wget -qO- https://example.com/key⟧ | gpg --dearmor > /k.gpg && ⟦sha256sum x⟧ | tee sums\n',
    },
    {
      name: 'pipefail set only after the pipe',
      text: 'FROM debian:12\nRUN ⟦cat /etc/os-release⟧ | grep ID && set -o pipefail\n',
    },
    {
      name: 'a SHELL without pipefail',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ⟦git log⟧ | head -1 > /version\n',
    },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦curl -fsSL https://x/y.sh⟧ | sh\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM debian:12\nONBUILD RUN ⟦curl -fsSL https://x/y.tgz⟧ | tar -xz\n' },
    { name: 'before the first FROM', text: 'RUN ⟦curl -fsSL https://x/y.tgz⟧ | tar -xz\n' },
  ],
  dontFire: [
    {
      name: 'SHELL with pipefail, in the stage built FROM',
      text: 'FROM debian:12 AS base\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nFROM base\nRUN curl -fsSL https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'set -o pipefail first',
      text: 'FROM debian:12\nRUN set -eux -o pipefail; curl -fsSL https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'set -eo pipefail',
      text: 'FROM alpine:3.20\nRUN set -eo pipefail && wget -qO- https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'only echo and printf feed the pipe',
      text: 'FROM debian:12\nRUN echo "$SHA  x.tgz" | sha256sum -c - && { echo a; printf b; } | tee /f\n',
    },
    { name: 'no pipe, only ||', text: 'FROM debian:12\nRUN make || true\n' },
    { name: 'pipe in a string', text: 'FROM debian:12\nRUN echo "a | b"\n' },
    {
      name: 'PowerShell stage',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    },
  ],
  fix: [
    {
      name: 'bash where the image has it',
      text: 'FROM debian:12\nRUN apt-get --version\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN git log | head -1\n',
      output:
        'FROM debian:12\nRUN apt-get --version\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN git log | head -1\n',
    },
    {
      name: 'ash on Alpine',
      text: 'FROM python:3.12-alpine\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
      output:
        'FROM python:3.12-alpine\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'adds pipefail to the SHELL in effect',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-e", "-c"]\nRUN git log | head -1\n',
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-e", "-c"]\nRUN git log | head -1\n',
    },
    {
      name: 'nothing for an image whose shell is unknown',
      text: 'FROM example.com/base:1\nRUN git log | head -1\n',
      output: 'FROM example.com/base:1\nRUN git log | head -1\n',
    },
    {
      name: 'nothing when the SHELL is sh',
      text: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN git log | head -1\n',
      output: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN git log | head -1\n',
    },
  ],
});
