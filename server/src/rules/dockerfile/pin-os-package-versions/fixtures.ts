import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'apt-get, one finding for all its packages',
      text: 'FROM debian:12\nRUN apt-get update && ⟦apt-get install⟧ -y --no-install-recommends curl git=1:2.39.5-0+deb12u1 make\n',
    },
    {
      name: 'apk add with a virtual package',
      text: 'FROM alpine:3.20\nRUN ⟦apk add⟧ --no-cache --virtual .build-deps gcc\n',
    },
    { name: 'dnf', text: 'FROM fedora:41\nRUN ⟦dnf install⟧ -y python3-devel && dnf clean all\n' },
    { name: 'zypper', text: 'FROM opensuse/leap:15.6\nRUN ⟦zypper -n install⟧ curl\n' },
    {
      // naman8001/DEVOPS-MJ: the digits belong to the name, not to a version.
      name: 'rpm names with digits in them',
      text: 'FROM registry.access.redhat.com/ubi8/ubi-minimal:8.5\nRUN ⟦microdnf install⟧ --nodocs java-21-openjdk-headless && microdnf clean all\n',
    },
    { name: 'quoted package', text: 'FROM alpine:3.20\nRUN ⟦apk add⟧ "curl"\n' },
    { name: 'ONBUILD RUN', text: 'FROM alpine:3.20\nONBUILD RUN ⟦apk add⟧ curl\n' },
    { name: 'before the first FROM', text: 'RUN ⟦apk add⟧ curl\n' },
  ],
  dontFire: [
    { name: 'apt pins', text: 'FROM debian:12\nRUN apt-get install -y curl=7.88.1-10+deb12u8 "git=1:2.39*"\n' },
    { name: 'apk pins', text: 'FROM alpine:3.20\nRUN apk add curl=8.9.1-r1 musl~1.2 "busybox>1.36"\n' },
    { name: 'rpm versions and groups', text: 'FROM centos:7\nRUN yum install -y httpd-2.4.6 @development\n' },
    {
      name: 'rpm versions after names with digits, with release, epoch and arch',
      text: 'FROM rockylinux:9\nRUN dnf install -y java-21-openjdk-headless-21.0.5.0.11-2.el9 nodejs-1:18.19.0 openssl-3.0.7-27.el9.x86_64\n',
    },
    { name: 'zypper pattern', text: 'FROM opensuse/leap:15.6\nRUN zypper -n install -t pattern devel_basis\n' },
    { name: 'local packages', text: 'FROM debian:12\nRUN apt-get install -y ./vendor.deb /tmp/*.deb\n' },
    { name: 'packages from a variable', text: 'FROM debian:12\nRUN apt-get install -y $PHPIZE_DEPS "$EXTRA"\n' },
    { name: 'packages from standard input', text: 'FROM debian:12\nRUN xargs apt-get install -y < packages.txt\n' },
    { name: 'fix broken installs', text: 'FROM debian:12\nRUN apt-get install -f -y\n' },
    { name: 'language packages are another rule', text: 'FROM python:3.12\nRUN pip install flask\n' },
  ],
});
