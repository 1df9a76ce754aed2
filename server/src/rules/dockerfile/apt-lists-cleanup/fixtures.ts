import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'update and install', text: 'FROM debian:12\nRUN ⟦apt-get update⟧ && apt-get install -y curl\n' },
    {
      name: 'update alone, cleaned in a later RUN (too late)',
      text: 'FROM ubuntu:24.04\nRUN ⟦apt-get -qq update⟧\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'stage the final stage builds on',
      text: 'FROM debian:12 AS base\nRUN ⟦apt update⟧ && apt install -y ca-certificates\nFROM base\nCOPY app /app\n',
    },
    {
      name: 'install in a stage built FROM the updating stage',
      text: 'FROM debian:12 AS base\nRUN ⟦apt-get update⟧\nFROM base\nRUN apt-get install -y curl\n',
    },
    { name: 'heredoc script', text: 'FROM debian:12\nRUN <<EOF\n⟦apt-get update⟧\napt-get install -y curl\nEOF\n' },
    { name: 'ONBUILD RUN', text: 'FROM debian:12\nONBUILD RUN ⟦apt-get update⟧ && apt-get install -y curl\n' },
    { name: 'before the first FROM', text: 'RUN ⟦apt-get update⟧ && apt-get install -y curl\n' },
    { name: 'aptitude', text: 'FROM debian:12\nRUN ⟦aptitude update⟧ && aptitude install -y curl\n' },
    { name: 'through sudo', text: 'FROM debian:12\nRUN sudo ⟦apt-get update⟧ && sudo apt-get install -y curl\n' },
    {
      name: 'cache mount of the downloaded packages only',
      text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt ⟦apt-get update⟧ && apt-get install -y curl\n',
    },
    {
      name: 'cache mount of the partial downloads only',
      text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists/partial ⟦apt-get update⟧ && apt-get install -y curl\n',
    },
  ],
  dontFire: [
    {
      name: 'cleaned in the same RUN',
      text: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'quoted path, -fr',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl; rm -fr "/var/lib/apt/lists"\n',
    },
    {
      name: 'cache mount for the lists',
      text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/lists,sharing=locked apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'cache mount of all of apt’s state, trailing slash',
      text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/lib/apt/,sharing=locked --mount=type=cache,target=/var/cache/apt \\\n    apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'tmpfs mount for apt’s state',
      text: 'FROM debian:12\nRUN --mount=type=tmpfs,target=/var/lib/apt apt-get update && apt-get install -y curl\n',
    },
    {
      name: 'build stage that is not shipped',
      text: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM alpine:3.20\nCOPY --from=build /out /app\n',
    },
    {
      name: 'apt-get dist-clean empties the lists',
      text: 'FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean\n',
    },
    { name: 'install without update', text: 'FROM debian:12\nRUN apt-get install -y ./local.deb\n' },
    {
      name: 'heredoc script that cleans up',
      text: 'FROM debian:12\nRUN <<EOF\nset -e\napt-get update\napt-get install -y curl\nrm -rf /var/lib/apt/lists/*\nEOF\n',
    },
    {
      name: 'heredoc for another program',
      text: 'FROM debian:12\nRUN cat <<EOF > /usr/local/bin/refresh\napt-get update\nEOF\n',
    },
    { name: 'apt-get update mentioned in a string', text: 'FROM debian:12\nRUN echo "run apt-get update first"\n' },
    {
      name: 'PowerShell stage',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN apt-get update\n',
    },
  ],
  fix: [
    {
      name: 'appends the cleanup',
      text: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\nCMD ["curl"]\n',
      output:
        'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n',
    },
    {
      name: 'moves a lone update into the RUN that installs, and cleans up there',
      text: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'keeps what lies between, and a cleanup already there',
      text: 'FROM ubuntu:24.04\nRUN apt-get -qq update\nCOPY app /app\nRUN apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
      output:
        'FROM ubuntu:24.04\nCOPY app /app\nRUN apt-get -qq update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'an update that also installs keeps its install; every RUN updates for itself',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl\nRUN apt-get install -y git\n',
      output:
        'FROM debian:12\nRUN apt-get update && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nRUN apt-get update && apt-get install -y git && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'not when the installing RUN is more than one && chain',
      text: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl || true\n',
      output: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl || true\n',
    },
    {
      name: 'not when the installing RUN has no network',
      text: 'FROM debian:12\nRUN apt-get update\nRUN --network=none apt-get install -y curl\n',
      output: 'FROM debian:12\nRUN apt-get update\nRUN --network=none apt-get install -y curl\n',
    },
    {
      name: 'not when a trailing comment would swallow it',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl # tools\n',
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl # tools\n',
    },
  ],
});
