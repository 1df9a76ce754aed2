import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'apt-get upgrade',
      text: 'FROM debian:12\nRUN apt-get update && ⟦apt-get -y upgrade⟧ && rm -rf /var/lib/apt/lists/*\n',
    },
    { name: 'dist-upgrade', text: 'FROM ubuntu:24.04\nRUN ⟦apt-get dist-upgrade -y⟧\n' },
    { name: 'apk upgrade', text: 'FROM alpine:3.20\nRUN ⟦apk upgrade --no-cache⟧\n' },
    { name: 'yum update', text: 'FROM centos:7\nRUN ⟦yum -y update⟧ && yum clean all\n' },
    { name: 'dnf upgrade', text: 'FROM fedora:41\nRUN ⟦dnf upgrade -y⟧ && dnf clean all\n' },
    { name: 'zypper dist-upgrade', text: 'FROM opensuse/tumbleweed\nRUN ⟦zypper -n dup⟧\n' },
  ],
  dontFire: [
    {
      name: 'one package, on purpose',
      text: 'FROM alpine:3.20\nRUN apk upgrade --no-cache openssl && dnf upgrade -y openssl && apt-get install -y --only-upgrade openssl\n',
    },
    { name: 'update of the lists only', text: 'FROM debian:12\nRUN apt-get update && apk update\n' },
    { name: 'upgrade in a string', text: 'FROM debian:12\nRUN echo "apt-get upgrade"\n' },
  ],
});
