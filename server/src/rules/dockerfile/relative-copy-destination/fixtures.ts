import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'COPY to . before WORKDIR',
      text: 'FROM python:3.13-slim\nCOPY requirements.txt ⟦.⟧\nWORKDIR /app\nCOPY . .\n',
    },
    { name: 'ADD to a relative folder', text: 'FROM node:22-alpine\nADD --chown=node src/ ⟦app/⟧\n' },
    { name: 'exec form', text: 'FROM alpine:3.20\nCOPY ["a b.txt", ⟦"data/"⟧]\n' },
    { name: 'before the first FROM, as after it', text: 'COPY app.py ⟦./⟧\nFROM python:3.13-slim\n' },
  ],
  dontFire: [
    { name: 'after WORKDIR', text: 'FROM python:3.13-slim\nWORKDIR /app\nCOPY . .\n' },
    {
      name: 'WORKDIR set in the stage a global ARG names',
      text: 'ARG VARIANT=alpine\nFROM golang:1.23-alpine AS base-alpine\nWORKDIR /src\nFROM base-${VARIANT} AS dev\nCOPY . .\n',
    },
    {
      name: 'WORKDIR set in the stage this one builds on',
      text: 'FROM node:22-alpine AS base\nWORKDIR /app\nFROM base\nCOPY . .\n',
    },
    {
      name: 'absolute and variable destinations',
      text: 'FROM alpine:3.20\nARG DEST=/opt\nCOPY a /etc/a\nCOPY b ${DEST}/\n',
    },
    { name: 'a Windows path', text: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY app.exe C:/app/\n' },
    { name: 'scratch starts at /', text: 'FROM golang:1.23 AS build\nFROM scratch\nCOPY --from=build /app app\n' },
  ],
});
