import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'apt-get on an Alpine variant',
      text: 'FROM python:3.12-alpine\nRUN ⟦apt-get update⟧ && ⟦apt-get install -y gcc⟧\n',
    },
    {
      name: 'apk on Debian, through a stage built on it',
      text: 'FROM node:22-bookworm-slim AS base\nFROM base\nRUN ⟦apk add --no-cache git⟧\n',
    },
    {
      name: 'apt-get and zypper on the Red Hat family',
      text: 'FROM registry.access.redhat.com/ubi9/ubi-minimal:9.4\nRUN ⟦apt-get install -y curl⟧\nFROM rockylinux:9\nRUN ⟦zypper install -y git⟧\n',
    },
    {
      name: 'any manager on BusyBox',
      text: 'FROM busybox:1.36\nRUN ⟦apk add curl⟧\n',
    },
    {
      name: 'yum on Alpine, after set -eux',
      text: 'FROM alpine:3.20\nRUN set -eux; ⟦yum install -y make⟧\nFROM bash:5.2\nRUN ⟦apt-get install -y jq⟧\n',
    },
    {
      name: 'copies of an official image under its own name',
      text: 'FROM public.ecr.aws/docker/library/python:3.12-slim\nRUN ⟦apk add git⟧\nFROM arm64v8/node:22\nRUN ⟦apk add git⟧\n',
    },
    {
      name: 'apk on the Debian slim tag of an openjdk variant',
      text: 'FROM maven:3.8-openjdk-17-slim\nRUN ⟦apk add git⟧\n',
    },
    {
      name: 'apt-get on the Alpine cli variant of wordpress',
      text: 'FROM wordpress:cli-php8.2\nRUN ⟦apt-get install -y less⟧\n',
    },
  ],
  dontFire: [
    {
      name: 'apk on wordpress:cli, which is Alpine',
      text: 'FROM wordpress:cli\nUSER root\nRUN apk --no-cache add sudo linux-headers\n',
    },
    {
      name: 'openjdk variants, Oracle Linux from Java 17',
      text: 'FROM maven:3-openjdk-17\nRUN microdnf install jq unzip\nFROM tomcat:9-jdk17-openjdk\nRUN microdnf install -y curl\n',
    },
    {
      name: "other publishers' images named like official ones",
      text: 'FROM public.ecr.aws/lambda/python:3.12\nRUN dnf install -y make\nFROM cgr.dev/chainguard/python:latest-dev\nRUN apk add --no-cache curl\nFROM registry.suse.com/bci/python:3.10\nRUN zypper -n in gcc\n',
    },
    {
      name: 'the native manager',
      text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\nFROM debian:12\nRUN apt-get update\n',
    },
    {
      name: 'a script for any base',
      text: 'FROM alpine:3.20\nRUN apt-get update || apk add --no-cache curl\nRUN if command -v apt-get >/dev/null; then apt-get install -y curl; fi\n',
    },
    {
      name: 'a build argument picks the image or its tag',
      text: 'ARG BASE=alpine:3.20\nFROM $BASE\nRUN apt-get update\nARG VARIANT=alpine\nFROM python:3.12-${VARIANT}\nRUN apt-get update\n',
    },
    {
      name: 'images whose distribution the name does not settle',
      text: 'FROM openjdk:17\nRUN microdnf install -y git\nFROM openjdk:8\nRUN apt-get update\nFROM eclipse-temurin:21-jre-ubi9-minimal\nRUN microdnf install -y git\nFROM maven:3-amazoncorretto-21\nRUN yum install -y git\nFROM example.com/base:1\nRUN apk add git\n',
    },
    {
      name: 'a manager named as an argument',
      text: 'FROM alpine:3.20\nRUN echo apt-get is not here && grep -r yum /etc\n',
    },
  ],
});
