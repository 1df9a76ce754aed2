import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'sudo apt-get', text: 'FROM debian:12\nUSER app\nRUN ⟦sudo⟧ apt-get install -y curl\n' },
    {
      name: 'sudo with options, later in a chain and across lines',
      text: 'FROM ubuntu:24.04\nRUN make && \\\n    ⟦sudo⟧ -E make install && ⟦/usr/bin/sudo⟧ ldconfig\n',
    },
    { name: 'lower-case run', text: 'FROM alpine:3.20\nrun ⟦sudo⟧ apk add curl\n' },
  ],
  dontFire: [
    { name: 'no sudo', text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\n' },
    { name: 'installing the sudo package', text: 'FROM debian:12\nRUN apt-get install -y sudo\n' },
    { name: 'sudo mentioned in a string', text: 'FROM alpine:3.20\nRUN echo "no sudo here" > /etc/motd\n' },
    { name: 'exec form', text: 'FROM alpine:3.20\nRUN ["sudo", "true"]\n' },
    { name: 'heredoc RUN', text: 'FROM alpine:3.20\nRUN <<EOF\nsudo true\nEOF\n' },
    {
      name: 'PowerShell stage',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN sudo --help\n',
    },
  ],
});
