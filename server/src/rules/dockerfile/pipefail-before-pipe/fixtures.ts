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
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN ⟦git log⟧ | wc -l > /version\n',
    },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦curl -fsSL https://x/y.sh⟧ | sh\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM debian:12\nONBUILD RUN ⟦curl -fsSL https://x/y.tgz⟧ | tar -xz\n' },
    { name: 'before the first FROM', text: 'RUN ⟦curl -fsSL https://x/y.tgz⟧ | tar -xz\n' },
    {
      name: 'an assignment takes the status of its substitution',
      text: 'FROM debian:12\nRUN SUM=$(⟦curl -fsSL https://x/y.tgz⟧ | sha256sum) && test -n "$SUM"\n',
    },
    {
      name: 'an assignment that ends the RUN',
      text: 'FROM debian:12\nRUN cd /src; VERSION=$(⟦git describe⟧ | cut -c2-)\n',
    },
    {
      name: 'set -e stops the shell at a statement that is not the last',
      text: 'FROM debian:12\nRUN set -eux; ⟦curl -fsSL https://x/y.tgz⟧ | tar -xz; make\n',
    },
    {
      name: 'errexit from the SHELL',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-e", "-c"]\nRUN ⟦git log⟧ | wc -l > /version; echo done\n',
    },
    {
      name: 'errexit from a heredoc shebang',
      text: 'FROM debian:12\nRUN <<EOF\n#!/bin/sh -e\n⟦curl -fsSL https://x/y.sh⟧ | sh\necho done\nEOF\n',
    },
    { name: 'an if condition', text: 'FROM debian:12\nRUN if ⟦dpkg -l⟧ | grep nginx; then rm -rf /etc/nginx; fi\n' },
    { name: 'decides what runs next', text: 'FROM debian:12\nRUN ⟦git log⟧ | wc -l > /v && cp /v /opt\n' },
    {
      name: 'a fallback that is not true',
      text: 'FROM debian:12\nRUN ⟦wget -qO- https://x/k⟧ | gpg --import || exit 1\n',
    },
    {
      name: 'a negated pipeline that ends the RUN',
      text: 'FROM debian:12\nRUN set -e; make; ! ⟦pip freeze⟧ | grep broken\n',
    },
    {
      name: 'a negated pipeline in an if condition',
      text: "FROM debian:12\nRUN set -e; if ! ⟦ldd /usr/bin/app⟧ | grep 'not found'; then exit 1; fi; echo ok\n",
    },
    {
      // -s is --no-messages, not --silent; a -q inside a braced list is not the stage's status.
      name: 'grep that reads all its input',
      text: 'FROM debian:12\nRUN ⟦curl -fsSL https://x/v⟧ | grep -s 1.2 && ⟦git tag⟧ | grep -e -q && ⟦ls /opt⟧ | { grep -q app; cat; } && ⟦dmesg⟧ | grep -A1 -e -m && ⟦ls⟧ | tail -n 1\n',
    },
    { name: 'the next statement reads $?', text: 'FROM debian:12\nRUN ⟦make test⟧ | tee log; exit $?\n' },
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
    {
      // grep -q stops reading at the first match: pipefail would fail the test by SIGPIPE instead.
      name: 'a pipeline that ends in grep -q',
      text: "FROM debian:12\nRUN set -eux; if gpg --version | grep -q '^gpg (GnuPG) 1\\.'; then exit 1; fi; dpkg -l | grep -qw nginx && ldd /bin/x | egrep --quiet libc; git tag | LC_ALL=C grep -iqE '^v1' || exit 1; ls | grep --silent x\n",
    },
    {
      // head exits after its lines or bytes: with pipefail, tr and curl would die of SIGPIPE.
      name: 'a pipeline that ends in head or grep -m',
      text: "FROM debian:12\nRUN set -eux; tr -dc a-z0-9 </dev/urandom | head -c 16 > /pw; curl -fsSL https://x/tags | grep -m1 -o 'v[0-9.]*' > /v; git log | grep --max-count=2 fix; ls | grep -cm 3 x\n",
    },
    { name: 'no pipe, only ||', text: 'FROM debian:12\nRUN make || true\n' },
    { name: 'pipe in a string', text: 'FROM debian:12\nRUN echo "a | b"\n' },
    {
      name: 'a substitution in an argument',
      text: 'FROM debian:12\nRUN useradd --password $(head -c32 /dev/urandom | base64) penguin\n',
    },
    {
      name: 'a quoted substitution in an argument',
      text: 'FROM ruby:3.3\nRUN gem install bundler -v "$(tail -n 1 Gemfile.lock | awk \'{print $1}\')"\n',
    },
    {
      name: 'export takes the status of export',
      text: 'FROM debian:12\nRUN export KEY=$(curl -fsSL https://x/k | base64) && ./configure\n',
    },
    { name: 'or true', text: 'FROM debian:12\nRUN nm /usr/lib/x.so | grep GLIBC_ | c++filt || true\n' },
    { name: 'or colon', text: 'FROM debian:12\nRUN ldd /usr/bin/app | grep "not found" || :\n' },
    {
      name: 'a statement followed by another, without errexit',
      text: 'FROM debian:12\nRUN find /upload | sort; echo "CUT HERE"\n',
    },
    {
      name: 'statements on lines of a heredoc, without errexit',
      text: 'FROM debian:12\nRUN <<EOF\nls -la /opt | sort\necho done\nEOF\n',
    },
    { name: 'in the background', text: 'FROM debian:12\nRUN tail -f /var/log/x | grep err & sleep 1\n' },
    {
      name: 'the words of a for loop',
      text: 'FROM debian:12\nRUN for p in $(ls /patches | sort); do patch -p1 < "$p"; done\n',
    },
    {
      // Errexit is off in a condition: only the condition's last statement decides.
      name: 'a pipeline followed by another statement in an if condition',
      text: 'FROM debian:12\nRUN set -eux; if curl -fsSL https://x/y | grep -q ok; test -f /etc/ok; then echo ok; fi\n',
    },
    {
      // Errexit ignores a `!` pipeline, so the next statement runs whatever its status.
      name: 'a negated pipeline followed by another statement, under set -e',
      text: 'FROM php:8.2\nRUN set -eux; ! { ldd /usr/local/lib/php/x.so | grep "not found"; }; err="$(php --version 3>&1 1>&2 2>&3)"; [ -z "$err" ]\n',
    },
    {
      name: 'set +e does not count as errexit',
      text: 'FROM debian:12\nRUN set +e; ls /opt | sort; echo done\n',
    },
    {
      name: 'PowerShell stage',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Get-ChildItem | Select-Object Name\n',
    },
  ],
  fix: [
    {
      name: 'bash where the image has it',
      text: 'FROM debian:12\nRUN apt-get --version\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN git log | wc -l\n',
      output:
        'FROM debian:12\nRUN apt-get --version\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN git log | wc -l\n',
    },
    {
      name: 'ash on Alpine',
      text: 'FROM python:3.12-alpine\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
      output:
        'FROM python:3.12-alpine\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'adds pipefail to the SHELL in effect',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-e", "-c"]\nRUN git log | wc -l\n',
      output: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-e", "-c"]\nRUN git log | wc -l\n',
    },
    {
      name: 'nothing for an image whose shell is unknown',
      text: 'FROM example.com/base:1\nRUN git log | wc -l\n',
      output: 'FROM example.com/base:1\nRUN git log | wc -l\n',
    },
    {
      // Built on Debian as well (--build-arg BASE=debian:12), which has no /bin/ash.
      name: 'nothing when an ARG chooses the image',
      text: 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
      output: 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
    },
    {
      // VARIANT=alpine gives an image without bash.
      name: 'nothing when an ARG chooses a variant that may lack the shell',
      text: 'ARG VARIANT=bookworm\nFROM node:22-${VARIANT}\nRUN curl -fsSL https://x/y.tgz | tar -xz\n',
      output: 'ARG VARIANT=bookworm\nFROM node:22-${VARIANT}\nRUN curl -fsSL https://x/y.tgz | tar -xz\n',
    },
    {
      name: 'the shell every tag of the image has, or the tag names',
      text: 'ARG RELEASE=12\nARG GO=1.23 PY=3.12\nFROM debian:${RELEASE:-12}\nRUN curl -fsSL https://x/y.tgz | tar -xz\nFROM alpine:$RELEASE\nRUN wget -qO- https://x/y.tgz | tar -xz\nFROM golang:${GO}-bookworm\nRUN curl -fsSL https://x/y.tgz | tar -xz\nFROM python:${PY}-alpine\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
      output:
        'ARG RELEASE=12\nARG GO=1.23 PY=3.12\nFROM debian:${RELEASE:-12}\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/y.tgz | tar -xz\nFROM alpine:$RELEASE\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/y.tgz | tar -xz\nFROM golang:${GO}-bookworm\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/y.tgz | tar -xz\nFROM python:${PY}-alpine\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/y.tgz | tar -xz\n',
    },
    {
      // dash's echo writes a newline for \n, bash's writes it as is: the config file would change.
      name: "nothing when a RUN moved to bash relies on dash's echo",
      text: "FROM debian:12\nRUN find /etc/mysql -name '*.cnf' | xargs sed -i 's/^log/#log/' \\\n && echo '[mysqld]\\nskip-name-resolve' > /etc/mysql/conf.d/docker.cnf\n",
      output:
        "FROM debian:12\nRUN find /etc/mysql -name '*.cnf' | xargs sed -i 's/^log/#log/' \\\n && echo '[mysqld]\\nskip-name-resolve' > /etc/mysql/conf.d/docker.cnf\n",
    },
    {
      name: "nothing when a later RUN, or one of a stage built FROM it, relies on dash's echo",
      text: 'FROM python:3.12\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN echo "a\\tb" > /tabs\nFROM debian:12 AS base\nRUN git log | wc -l > /v\nFROM base\nRUN printf "x\\ty" && echo "$(echo \'\\101\')"\nFROM debian:12\nRUN ls | sort && echo a\\\\\\\\nb\n',
      output:
        'FROM python:3.12\nRUN curl -fsSL https://x/y.tgz | tar -xz\nRUN echo "a\\tb" > /tabs\nFROM debian:12 AS base\nRUN git log | wc -l > /v\nFROM base\nRUN printf "x\\ty" && echo "$(echo \'\\101\')"\nFROM debian:12\nRUN ls | sort && echo a\\\\\\\\nb\n',
    },
    {
      // Unquoted, the shell drops the backslash (a\nb is anb); /bin/echo is one program for both
      // shells; an echo before the SHELL, after a SHELL of its own or where sh is bash is unmoved.
      name: "bash when no RUN it moves reads an escape with dash's echo",
      text: "FROM debian:12 AS base\nRUN echo 'a\\nb' > /f\nRUN curl -fsSL https://x/y.tgz | tar -xz && echo a\\nb \"c\\d\" && /bin/echo 'a\\nb'\nSHELL [\"/bin/sh\", \"-c\"]\nRUN echo 'a\\nb' > /g\nFROM rockylinux:9\nRUN git log | wc -l && echo 'a\\nb' > /v\n",
      output:
        'FROM debian:12 AS base\nRUN echo \'a\\nb\' > /f\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN curl -fsSL https://x/y.tgz | tar -xz && echo a\\nb "c\\d" && /bin/echo \'a\\nb\'\nSHELL ["/bin/sh", "-c"]\nRUN echo \'a\\nb\' > /g\nFROM rockylinux:9\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN git log | wc -l && echo \'a\\nb\' > /v\n',
    },
    {
      // Alpine's /bin/sh and /bin/ash are the same BusyBox shell: its echo reads escapes only after -e.
      name: 'ash on Alpine whatever echo writes',
      text: "FROM alpine:3.20\nRUN wget -qO- https://x/y.tgz | tar -xz && echo 'a\\nb' > /f\n",
      output:
        'FROM alpine:3.20\nSHELL ["/bin/ash", "-o", "pipefail", "-c"]\nRUN wget -qO- https://x/y.tgz | tar -xz && echo \'a\\nb\' > /f\n',
    },
    {
      name: 'nothing when the SHELL is sh',
      text: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN git log | wc -l\n',
      output: 'FROM debian:12\nSHELL ["/bin/sh", "-c"]\nRUN git log | wc -l\n',
    },
  ],
});
