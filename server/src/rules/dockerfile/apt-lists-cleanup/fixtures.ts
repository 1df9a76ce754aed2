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
      name: 'build stage that is not shipped',
      text: 'FROM debian:12 AS build\nRUN apt-get update && apt-get install -y gcc\nFROM alpine:3.20\nCOPY --from=build /out /app\n',
    },
    {
      name: 'apt-get dist-clean empties the lists',
      text: 'FROM debian:13\nRUN set -eux; apt-get update; apt-get install -y --no-install-recommends curl; apt-get dist-clean\n',
    },
    { name: 'install without update', text: 'FROM debian:12\nRUN apt-get install -y ./local.deb\n' },
    { name: 'heredoc', text: 'FROM debian:12\nRUN <<EOF\napt-get update\nEOF\n' },
  ],
  fix: [
    {
      name: 'appends the cleanup',
      text: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl\nCMD ["curl"]\n',
      output:
        'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y curl && rm -rf /var/lib/apt/lists/*\nCMD ["curl"]\n',
    },
    {
      name: 'not when a later RUN installs from these lists',
      text: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
      output: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y curl\n',
    },
    {
      name: 'not when a trailing comment would swallow it',
      text: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl # tools\n',
      output: 'FROM debian:12\nRUN apt-get update && apt-get install -y curl # tools\n',
    },
  ],
});
