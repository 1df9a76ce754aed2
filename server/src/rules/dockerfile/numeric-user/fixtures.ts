import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a user name', text: 'FROM node:22-alpine\nUSER ⟦node⟧\nCMD ["node", "a.js"]\n' },
    { name: 'a name with a numeric group', text: 'FROM alpine:3.20\nUSER ⟦app:1000⟧\n' },
    {
      name: 'a name inherited from the stage the final one builds on',
      text: 'FROM python:3.13-slim AS base\nUSER ⟦app⟧\nFROM base\nCOPY app.py /app/\n',
    },
  ],
  dontFire: [
    { name: 'a numeric id', text: 'FROM alpine:3.20\nUSER 10001:10001\n' },
    { name: 'a Windows account on an image of unknown base', text: 'ARG BASE\nFROM $BASE\nUSER ContainerUser\n' },
    { name: 'a numeric id with a group name', text: 'FROM alpine:3.20\nUSER 1000:app\n' },
    {
      name: 'names in build stages do not matter',
      text: 'FROM golang:1.23 AS build\nUSER builder\nFROM alpine:3.20\nUSER 10001\n',
    },
    { name: 'a variable', text: 'FROM alpine:3.20\nARG UID=10001\nUSER ${UID}\n' },
    { name: "root is non-root-user's finding", text: 'FROM alpine:3.20\nUSER root\n' },
    {
      name: 'Windows users are names',
      text: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nUSER ContainerUser\n',
    },
  ],
});
