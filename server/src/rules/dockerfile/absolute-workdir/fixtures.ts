import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a path with Korean and astral characters (UTF-16 columns)',
      text: 'FROM node:22-alpine\nLABEL note="é 𐀀"\nWORKDIR ⟦앱/😀/src⟧\n',
    },
    { name: 'relative after a base image', text: 'FROM node:22-alpine\nWORKDIR ⟦app⟧\n' },
    { name: 'before the first FROM, as after it', text: 'WORKDIR ⟦app⟧\nFROM node:22-alpine\n' },
    {
      name: 'a Windows image with a relative path',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR ⟦app⟧\n',
    },
    { name: 'dot-relative', text: 'FROM python:3.13-slim\nWORKDIR /srv\nWORKDIR ⟦./api⟧\n' },
    { name: 'lower-case keyword', text: 'FROM alpine:3.20\nworkdir ⟦src/app⟧\n' },
  ],
  dontFire: [
    {
      name: 'Windows drive paths, either slash',
      text: '# escape=`\nFROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\app\nWORKDIR c:/data\n',
    },
    { name: 'absolute', text: 'FROM node:22-alpine\nWORKDIR /app\n' },
    { name: 'variable', text: 'FROM golang:1.23\nWORKDIR $GOPATH\nWORKDIR ${HOME}/src\n' },
    { name: 'Windows drive path', text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nWORKDIR C:\\\\app\n' },
    { name: 'quoted absolute path', text: 'FROM alpine:3.20\nWORKDIR "/opt/my app"\n' },
  ],
  fix: [
    {
      name: 'after astral characters; a path with Korean or astral characters is left for a person',
      text: 'FROM python:3.13-slim\nLABEL 🐳="é 𐀀"\nWORKDIR /srv\nWORKDIR api\nWORKDIR 앱/𐀀\n',
      output: 'FROM python:3.13-slim\nLABEL 🐳="é 𐀀"\nWORKDIR /srv\nWORKDIR /srv/api\nWORKDIR 앱/𐀀\n',
    },
    {
      name: 'joined to the previous absolute WORKDIR',
      text: 'FROM python:3.13-slim\nWORKDIR /srv\nWORKDIR api\nWORKDIR ../web\n',
      output: 'FROM python:3.13-slim\nWORKDIR /srv\nWORKDIR /srv/api\nWORKDIR /srv/web\n',
    },
    {
      name: 'inherited from the stage it builds on',
      text: 'FROM node:22-alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR dist\n',
      output: 'FROM node:22-alpine AS base\nWORKDIR /app\nFROM base\nWORKDIR /app/dist\n',
    },
    { name: 'scratch starts at /', text: 'FROM scratch\nWORKDIR app\n', output: 'FROM scratch\nWORKDIR /app\n' },
    {
      name: 'unknown previous directory is left for a person',
      text: 'FROM node:22-alpine\nWORKDIR app\n',
      output: 'FROM node:22-alpine\nWORKDIR app\n',
    },
  ],
});
