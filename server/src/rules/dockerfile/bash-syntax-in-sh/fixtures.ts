import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'source on a Debian-based official image',
      text: 'FROM python:3.12-slim\nRUN python -m venv /opt/venv && ⟦source⟧ /opt/venv/bin/activate && pip install flask\n',
    },
    { name: 'source of a file in the folder', text: 'FROM ubuntu:24.04\nRUN ⟦source⟧ env.sh && make\n' },
    {
      name: '== inside [ ] and test',
      text: 'FROM debian:12\nARG MODE\nRUN if [ "$MODE" ⟦==⟧ dev ]; then echo dev; fi && test "$MODE" ⟦==⟧ prod || true\n',
    },
    {
      name: 'brace expansion, in a name and in a command name',
      text: 'FROM node:22-bookworm\nRUN mkdir -p ⟦/srv/{logs,data}⟧ && touch ⟦file{1..3}.txt⟧ && ⟦{a,b}⟧\n',
    },
    {
      name: 'bash builtins',
      text: 'FROM golang:1.23\nRUN ⟦shopt⟧ -s globstar && ⟦pushd⟧ /src && go build ./... && ⟦popd⟧ && ⟦mapfile⟧ -t a < f && ⟦readarray⟧ b < f\n',
    },
    {
      name: 'an explicit SHELL of sh, and the image through a global ARG',
      text: 'ARG BASE=debian:12-slim\nFROM ${BASE}\nSHELL ["/bin/sh", "-c"]\nRUN ⟦source⟧ /etc/os-release && echo "$ID"\n',
    },
    {
      name: 'a stage built FROM an earlier stage on Debian',
      text: 'FROM docker.io/library/ruby:3.3 AS base\nFROM base\nRUN ⟦source⟧ ./env.sh\n',
    },
    {
      name: '[[ ]], (( )) and for (( )), inside a command substitution too',
      text: 'FROM debian:12\nRUN if ⟦[[ -f /etc/os-release ]]⟧; then ⟦((n++))⟧; fi && ⟦for ((⟧i = 0; i < 3; i++)); do echo "$i"; done && x=$(⟦[[ -d /srv ]]⟧ && echo y)\n',
    },
    {
      name: 'the function keyword',
      text: 'FROM ubuntu:24.04\nRUN ⟦function⟧ greet { echo hi; } && greet\n',
    },
    {
      name: 'output and errors redirected together, and piped together',
      text: 'FROM node:22-bookworm\nRUN command -v git ⟦&> /dev/null⟧ && npm ci ⟦&>>npm.log⟧ && make ⟦>& build.log⟧ && make check ⟦|&⟧ tee check.log\n',
    },
    {
      name: "here-strings, process substitution and $'…' quoting",
      text: 'FROM debian:12\nRUN read -r a ⟦<<< "$x"⟧ && diff ⟦<(ls /a)⟧ /b > /dev/null && printf \'%s\' ⟦$\'a\\tb\'⟧ ⟦$"c"⟧ > /f\n',
    },
    {
      name: 'expansions dash refuses',
      text: 'FROM python:3.12-slim\nARG V=3.12.4\nRUN echo ⟦${V:0:4}⟧ ⟦${V//./-}⟧ ⟦${V^^}⟧ ⟦${!V}⟧ ⟦${#V[@]}⟧ "⟦${V/3/4}⟧" ⟦${V@Q}⟧\n',
    },
    {
      name: 'arrays, += and bash declarations',
      text: 'FROM debian:12\nRUN ⟦pkgs=(curl git)⟧ && ⟦p[0]=x⟧ && ⟦flags+=-v⟧ && ⟦declare⟧ -r A=1 && ⟦let⟧ n=1 && ⟦typeset⟧ t=2\n',
    },
    {
      name: 'echo -e and set -o pipefail',
      text: 'FROM debian:12\nRUN echo ⟦-e⟧ "a\\nb" > /etc/x && echo -n ⟦-e⟧ c && ⟦set -eo pipefail⟧ && curl -fsSL https://example.com/x | tar -xz\n',
    },
  ],
  dontFire: [
    {
      name: 'POSIX shell',
      text: 'FROM debian:12\nRUN . /etc/os-release && [ "$ID" = debian ] && mkdir -p /srv/logs /srv/data\n',
    },
    {
      name: 'a SHELL of bash',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-c"]\nRUN source /etc/os-release && [[ $ID == debian ]]\n',
    },
    { name: 'Alpine, whose ash has source', text: 'FROM python:3.12-alpine\nRUN source /etc/os-release\n' },
    {
      name: 'Red Hat family, whose sh is bash',
      text: 'FROM rockylinux:9\nRUN source /etc/os-release && mkdir -p /srv/{a,b}\n',
    },
    { name: 'an image of unknown base', text: 'FROM registry.example.com/team/python:3.12\nRUN source env.sh\n' },
    { name: 'an official image with a non-Debian tag', text: 'FROM maven:3-amazoncorretto-21\nRUN source env.sh\n' },
    { name: 'wordpress:cli, built on Alpine', text: 'FROM wordpress:cli-php8.3\nRUN source ./env.sh\n' },
    {
      name: 'inside bash -c, quotes and ${…}',
      text: 'FROM debian:12\nRUN bash -c "source env.sh && echo {a,b}" && echo "{a,b}" \'{c,d}\' \\{e,f} ${X:-{g,h}} {} {a} x{y}z\n',
    },
    {
      name: 'a here-document, which may name bash',
      text: 'FROM debian:12\nRUN <<EOF\n#!/bin/bash\nsource /etc/os-release\nEOF\n',
    },
    { name: 'ONBUILD runs on an image not known here', text: 'FROM debian:12\nONBUILD RUN source ./env.sh\n' },
    { name: 'exec form', text: 'FROM debian:12\nRUN ["bash", "-c", "source /etc/os-release"]\n' },
    { name: 'before the first FROM', text: 'RUN source ./env.sh\nFROM debian:12\n' },
    {
      name: 'the POSIX forms of what bash adds',
      text: 'FROM debian:12\nARG V=3.12.4\nRUN [ -f /etc/os-release ] && n=$((n + 1)) && f() { local v=1; echo "$v"; } && f > /dev/null 2>&1 && make 2>&1 | tee log && echo "${#V} ${V:-x} ${V%.*} ${V#3.}" >&2 && exec 3>&- && echo -n x && /bin/echo -e "a\\nb" && set -eu\n',
    },
    {
      name: 'bash constructs in quotes, in bash -c, and under a SHELL of bash',
      text: 'FROM debian:12\nRUN bash -c \'[[ -f x ]] && echo ${x:0:2} &> /dev/null\' && echo "[[ a ]] \\${x:0:2} <<<"\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN [[ -f x ]] && declare -a a=(1 2) && echo -e "a" &> /dev/null\n',
    },
    {
      name: 'Alpine, whose ash has [[ ]], ${x:0:2} and &>',
      text: 'FROM node:22-alpine\nRUN [[ -f x ]] && echo ${X:0:2} &> /dev/null\n',
    },
    { name: '== as a plain argument', text: 'FROM debian:12\nRUN echo == && expr 1 == 1\n' },
  ],
  fix: [
    {
      name: '&>, &>> and >& become > file 2>&1; |& becomes 2>&1 |',
      text: 'FROM debian:12\nRUN command -v git &> /dev/null && npm ci &>>npm.log && make >& build.log && make check |& tee check.log\n',
      output:
        'FROM debian:12\nRUN command -v git > /dev/null 2>&1 && npm ci >>npm.log 2>&1 && make > build.log 2>&1 && make check 2>&1 | tee check.log\n',
    },
    {
      name: 'source of a path becomes .; == becomes =',
      text: 'FROM debian:12\nARG MODE\nRUN source /etc/os-release && [ "$MODE" == dev ] && source env.sh\n',
      output: 'FROM debian:12\nARG MODE\nRUN . /etc/os-release && [ "$MODE" = dev ] && source env.sh\n',
    },
  ],
});
