import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'an argument never declared', text: 'FROM node:⟦${NODE_VERSION}⟧-alpine\n' },
    {
      name: 'a misspelt argument',
      text: 'ARG NODE_VERSION=22\nFROM node:⟦$NODE_VERISON⟧-alpine\n',
    },
    {
      name: 'an ARG inside an earlier stage is not visible to a later FROM',
      text: 'FROM alpine:3.20 AS base\nARG TAG=3.20\nFROM alpine:⟦${TAG}⟧\n',
    },
    {
      name: 'an undeclared argument in --platform',
      text: 'FROM --platform=⟦$PLATFORM⟧ alpine:3.20\n',
    },
    {
      name: 'a declared argument whose missing default leaves the name empty',
      text: 'ARG BASE_IMAGE\nFROM ⟦${BASE_IMAGE}⟧\n',
    },
    {
      name: 'a default that leaves a dangling colon',
      text: 'ARG VERSION\nFROM ⟦python:${VERSION}⟧\n',
    },
  ],
  dontFire: [
    { name: 'declared with a default', text: 'ARG VERSION=3.20\nFROM alpine:${VERSION}\n' },
    {
      name: 'several declared by one ARG',
      text: 'ARG GO=1.23 ALPINE=3.20\nFROM golang:${GO}-alpine${ALPINE} AS build\nFROM alpine:${ALPINE}\n',
    },
    {
      name: 'a default written in the reference itself',
      text: 'ARG VERSION\nFROM alpine:${VERSION:-3.20}\nFROM node:${NODE:-22}-alpine\n',
    },
    {
      name: 'automatic platform arguments',
      text: 'FROM --platform=$BUILDPLATFORM golang:1.23 AS build\nFROM --platform=${TARGETPLATFORM} alpine:3.20\n',
    },
    {
      name: 'a default naming an earlier stage',
      text: 'ARG BASE=builder\nFROM golang:1.23 AS builder\nFROM ${BASE}\n',
    },
    {
      name: 'a registry with a port and a digest',
      text: 'ARG REGISTRY=localhost:5000\nFROM ${REGISTRY}/team/app:1.0@sha256:1e42bbe2508154c9126d48c2b8a75420c3544343bf86fd041fb7527e017a4b4a\n',
    },
    { name: 'scratch from a default', text: 'ARG BASE=scratch\nFROM ${BASE}\n' },
    { name: 'no variables at all', text: 'FROM alpine:3.20\n' },
  ],
});
