import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'after an astral character in the same instruction (UTF-16 columns)',
      text: 'FROM alpine:3.20\nLABEL 🐳="é"\nENTRYPOINT ⟦/usr/bin/앱 --name 😀 --mode é⟧\n',
    },
    { name: 'shell-form CMD', text: 'FROM node:22-alpine\nCMD ⟦node server.js⟧\n' },
    { name: 'shell-form ENTRYPOINT', text: 'FROM alpine:3.20\nENTRYPOINT ⟦/usr/bin/app --serve⟧\n' },
    { name: 'shell pipeline', text: 'FROM alpine:3.20\nCMD ⟦echo start && exec app⟧\n' },
    { name: 'before the first FROM, as after it', text: 'CMD ⟦node server.js⟧\nFROM node:22-alpine\n' },
  ],
  dontFire: [
    { name: 'exec form', text: 'FROM node:22-alpine\nCMD ["node", "server.js"]\n' },
    { name: 'exec ENTRYPOINT with CMD args', text: 'FROM alpine:3.20\nENTRYPOINT ["app"]\nCMD ["--help"]\n' },
    { name: 'no command at all', text: 'FROM alpine:3.20\nRUN echo hi\n' },
    {
      // Docker runs the check as a process of its own beside PID 1: its shell holds back no signal.
      name: 'shell-form HEALTHCHECK, as in Docker’s reference',
      text: 'FROM nginx:1.27\nHEALTHCHECK --interval=30s --timeout=3s CMD curl -f http://localhost/ || exit 1\nHEALTHCHECK CMD /app health --quiet\n',
    },
    {
      name: 'exec-form HEALTHCHECK and HEALTHCHECK NONE',
      text: 'FROM alpine:3.20 AS base\nHEALTHCHECK NONE\nFROM base\nHEALTHCHECK --interval=5s CMD ["/app", "health"]\n',
    },
    {
      name: 'Windows exec form with backslashes',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCMD ["C:\\\\app\\\\app.exe", "--serve"]\n',
    },
  ],
  fix: [
    {
      name: 'Korean and astral arguments are kept as they are',
      text: 'FROM node:22-alpine\nCMD node 서버.js --emoji 😀 --é 𐀀\n',
      output: 'FROM node:22-alpine\nCMD ["node", "서버.js", "--emoji", "😀", "--é", "𐀀"]\n',
    },
    {
      name: 'plain command becomes a JSON array',
      text: 'FROM node:22-alpine\nCMD node server.js --port 8080\n',
      output: 'FROM node:22-alpine\nCMD ["node", "server.js", "--port", "8080"]\n',
    },
    {
      // Offered as an unsafe fix: the exec form starts taking CMD, which the shell form dropped.
      name: 'a plain ENTRYPOINT becomes a JSON array too',
      text: 'FROM openjdk:8\nENTRYPOINT java -jar /app.jar\nCMD ["--debug"]\n',
      output: 'FROM openjdk:8\nENTRYPOINT ["java", "-jar", "/app.jar"]\nCMD ["--debug"]\n',
    },
    {
      name: 'shell syntax is left for a person to decide',
      text: 'FROM alpine:3.20\nCMD echo $HOME && app\n',
      output: 'FROM alpine:3.20\nCMD echo $HOME && app\n',
    },
    {
      name: 'a Windows image with the backtick escape is not parsed as sh',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD C:\\app\\app.exe\n',
      output: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nCMD C:\\app\\app.exe\n',
    },
  ],
});
