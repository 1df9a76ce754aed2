import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'after Korean, accented and astral characters on the same line (UTF-16 columns)',
      text: 'FROM debian:12\nRUN echo "설치 café 𐀀 🚀" && ⟦apt-get install⟧ -y curl\n',
    },
    {
      name: 'plain install',
      text: 'FROM debian:12\nRUN apt-get update && ⟦apt-get install⟧ -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'options before the subcommand, environment prefix',
      text: 'FROM ubuntu:24.04\nRUN DEBIAN_FRONTEND=noninteractive ⟦apt-get -o Dpkg::Use-Pty=0 -qq install⟧ git\n',
    },
    {
      name: 'every install in the RUN, over continuation lines',
      text: 'FROM debian:12\nRUN ⟦apt install⟧ -y make \\\n    && ⟦apt-get install⟧ -y \\\n       gcc\n',
    },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦apt-get install⟧ -y curl\nEOF\n' },
    { name: 'aptitude', text: 'FROM debian:12\nRUN ⟦aptitude install⟧ -y curl\n' },
    {
      name: 'through sudo and xargs',
      text: 'FROM debian:12\nRUN sudo ⟦apt-get install⟧ -y curl && xargs ⟦apt-get install⟧ -y < pkgs\n',
    },
    { name: 'ONBUILD RUN', text: 'FROM debian:12\nONBUILD RUN ⟦apt-get install⟧ -y curl\n' },
    { name: 'before the first FROM', text: 'RUN ⟦apt-get install⟧ -y curl\n' },
  ],
  dontFire: [
    {
      name: 'flag present',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends curl\n',
    },
    {
      name: 'apt option turns recommends off',
      text: 'FROM debian:12\nRUN apt-get install -y -o APT::Install-Recommends=false curl\n',
    },
    {
      name: 'turned off in apt configuration earlier',
      text: 'FROM debian:12\nRUN echo \'APT::Install-Recommends "false";\' > /etc/apt/apt.conf.d/99norecommends\nRUN apt-get install -y curl\n',
    },
    {
      name: 'other apt-get subcommands',
      text: 'FROM debian:12\nRUN apt-get update && apt-get -y upgrade && apt-get purge -y x\n',
    },
    {
      name: 'simulated install',
      text: 'FROM debian:12\nRUN if apt-get install -s "postgresql-17-jit" > /dev/null 2>&1; then echo yes; fi\n',
    },
    { name: 'alpine', text: 'FROM alpine:3.20\nRUN apk add --no-cache curl\n' },
    {
      name: 'aptitude without recommends',
      text: 'FROM debian:12\nRUN aptitude install -y -R curl && aptitude install -y --without-recommends git\n',
    },
    { name: 'apt-get in a string', text: 'FROM debian:12\nRUN echo "apt-get install curl" > /notes\n' },
    { name: 'apt-cache', text: 'FROM debian:12\nRUN apt-cache policy curl\n' },
  ],
  fix: [
    {
      name: 'inserts the flag after install',
      text: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl \\\n && apt-get -qq install git\n',
      output:
        'FROM debian:12\nRUN apt-get update \\\n && apt-get install --no-install-recommends -y curl \\\n && apt-get -qq install --no-install-recommends git\n',
    },
    {
      name: 'aptitude spells it --without-recommends',
      text: 'FROM debian:12\nRUN aptitude install -y curl\n',
      output: 'FROM debian:12\nRUN aptitude install --without-recommends -y curl\n',
    },
  ],
});
