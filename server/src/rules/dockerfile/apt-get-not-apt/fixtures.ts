import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'update and install',
      text: 'FROM debian:12\nRUN ⟦apt update⟧ && ⟦apt install⟧ -y --no-install-recommends curl=7.88.1-10+deb12u8 && rm -rf /var/lib/apt/lists/*\n',
    },
    {
      name: 'options before the subcommand',
      text: 'FROM ubuntu:24.04\nRUN ⟦apt -qq install⟧ -y --no-install-recommends ./git.deb\n',
    },
    { name: 'upgrade has no plain rename', text: 'FROM debian:12\nRUN ⟦apt upgrade⟧ -y\n' },
    { name: 'full path', text: 'FROM debian:12\nRUN ⟦/usr/bin/apt show⟧ curl\n' },
    {
      name: 'heredoc script',
      text: 'FROM debian:12\nRUN <<EOF\n⟦apt install⟧ -y --no-install-recommends ./x.deb\nEOF\n',
    },
  ],
  dontFire: [
    { name: 'apt-get and apt-cache', text: 'FROM debian:12\nRUN apt-get install -y curl && apt-cache policy curl\n' },
    { name: 'apt as a package name', text: 'FROM debian:12\nRUN apt-get install -y apt apt-utils\n' },
    { name: 'apt in a path', text: 'FROM debian:12\nRUN echo "deb x" > /etc/apt/sources.list.d/x.list\n' },
    { name: 'aptitude', text: 'FROM debian:12\nRUN aptitude install -y curl\n' },
  ],
  fix: [
    {
      name: 'renames where apt-get and apt-cache mean the same',
      text: 'FROM debian:12\nRUN apt update && apt install -y --no-install-recommends ./x.deb && apt search x && apt upgrade -y; rm -rf /var/lib/apt/lists/*\n',
      output:
        'FROM debian:12\nRUN apt-get update && apt-get install -y --no-install-recommends ./x.deb && apt-cache search x && apt upgrade -y; rm -rf /var/lib/apt/lists/*\n',
    },
  ],
});
