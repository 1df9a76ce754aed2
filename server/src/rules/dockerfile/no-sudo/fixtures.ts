import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'after non-ASCII and astral characters (UTF-16 columns)',
      text: 'FROM debian:12\nUSER app\nRUN echo "é 한국어 😀" && ⟦sudo⟧ true && echo 𐀀 && ⟦sudo⟧ ls\n',
    },
    { name: 'sudo apt-get', text: 'FROM debian:12\nUSER app\nRUN ⟦sudo⟧ apt-get install -y curl\n' },
    {
      name: 'sudo with options, later in a chain and across lines',
      text: 'FROM ubuntu:24.04\nRUN make && \\\n    ⟦sudo⟧ -E make install && ⟦/usr/bin/sudo⟧ ldconfig\n',
    },
    { name: 'lower-case run', text: 'FROM alpine:3.20\nrun ⟦sudo⟧ apk add curl\n' },
    { name: 'heredoc script', text: 'FROM alpine:3.20\nRUN <<EOF\nset -e\n⟦sudo⟧ true\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM alpine:3.20\nONBUILD RUN ⟦sudo⟧ make install\n' },
    { name: 'before the first FROM', text: 'RUN ⟦sudo⟧ make install\n' },
  ],
  dontFire: [
    { name: 'no sudo', text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' },
    { name: 'installing the sudo package', text: 'FROM debian:12\nRUN apt-get install -y sudo\n' },
    { name: 'sudo mentioned in a string', text: 'FROM alpine:3.20\nRUN echo "no sudo here" > /etc/motd\n' },
    { name: 'exec form', text: 'FROM alpine:3.20\nRUN ["sudo", "true"]\n' },
    { name: 'heredoc read by another program', text: 'FROM python:3.12\nRUN python3 <<EOF\nprint("sudo make")\nEOF\n' },
    {
      name: 'heredoc script for another interpreter',
      text: 'FROM python:3.12\nRUN <<EOF\n#!/usr/bin/env python3\nsudo = 1\nEOF\n',
    },
    { name: 'heredoc written to a file', text: 'FROM alpine:3.20\nRUN cat <<EOF > /usr/local/bin/x\nsudo true\nEOF\n' },
    {
      name: 'Windows image without SHELL (cmd)',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nRUN sudo --help\n',
    },
    {
      name: 'escape directive for Windows',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nRUN sudo --help\n',
    },
    {
      name: 'PowerShell stage',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN sudo --help\n',
    },
  ],
});
