import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'apt-get install without -y',
      text: 'FROM debian:12\nRUN apt-get update && ⟦apt-get install⟧ --no-install-recommends curl\n',
    },
    {
      name: 'DEBIAN_FRONTEND does not answer the prompt',
      text: 'FROM ubuntu:24.04\nRUN DEBIAN_FRONTEND=noninteractive ⟦apt-get -q install⟧ git\n',
    },
    { name: 'apt and aptitude', text: 'FROM debian:12\nRUN ⟦apt remove⟧ vim && ⟦aptitude install⟧ curl\n' },
    { name: 'yum', text: 'FROM centos:7\nRUN ⟦yum install⟧ httpd && yum clean all\n' },
    { name: 'dnf group install', text: 'FROM fedora:41\nRUN ⟦dnf group⟧ install "Development Tools"\n' },
    { name: 'zypper', text: 'FROM opensuse/leap:15.6\nRUN ⟦zypper install⟧ curl && zypper clean\n' },
    { name: 'pip uninstall', text: 'FROM python:3.12\nRUN ⟦pip uninstall⟧ setuptools\n' },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦apt-get purge⟧ curl\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM debian:12\nONBUILD RUN ⟦apt-get install⟧ make\n' },
    { name: 'before the first FROM', text: 'RUN ⟦yum install⟧ make\n' },
  ],
  dontFire: [
    { name: '-y', text: 'FROM debian:12\nRUN apt-get install -y curl\n' },
    {
      name: 'combined short options',
      text: 'FROM debian:12\nRUN apt-get install -qy curl && apt-get -yq remove vim\n',
    },
    {
      name: 'long options',
      text: 'FROM debian:12\nRUN apt-get install --yes curl && apt-get --assume-yes purge vim\n',
    },
    { name: 'quiet level 2 implies yes', text: 'FROM debian:12\nRUN apt-get -qq install curl\n' },
    { name: 'apt option', text: 'FROM debian:12\nRUN apt-get install -o APT::Get::Assume-Yes=true curl\n' },
    {
      name: 'configured in an earlier RUN',
      text: 'FROM debian:12\nRUN echo \'APT::Get::Assume-Yes "true";\' > /etc/apt/apt.conf.d/90yes\nRUN apt-get install curl\n',
    },
    {
      name: 'dnf configured',
      text: 'FROM fedora:41\nRUN echo "assumeyes=True" >> /etc/dnf/dnf.conf && dnf install git\n',
    },
    { name: 'answered by yes', text: 'FROM debian:12\nRUN yes | apt-get install curl\n' },
    { name: 'simulation', text: 'FROM debian:12\nRUN apt-get install -s curl\n' },
    {
      name: 'zypper non-interactive',
      text: 'FROM opensuse/leap:15.6\nRUN zypper -n install curl && zypper --non-interactive in git\n',
    },
    {
      name: 'subcommands that do not ask',
      text: 'FROM debian:12\nRUN apt-get update && apt-get clean && dnf group list\n',
    },
    { name: 'microdnf and apk never ask', text: 'FROM alpine:3.20\nRUN apk add curl && microdnf install git\n' },
    { name: 'pip install never asks', text: 'FROM python:3.12\nRUN pip install --no-cache-dir flask==3.0.3\n' },
    { name: 'in a string', text: 'FROM debian:12\nRUN echo "apt-get install curl"\n' },
  ],
  fix: [
    {
      name: 'adds -y after the subcommand',
      text: 'FROM debian:12\nRUN apt-get install curl && yum install git\n',
      output: 'FROM debian:12\nRUN apt-get install -y curl && yum install -y git\n',
    },
  ],
});
