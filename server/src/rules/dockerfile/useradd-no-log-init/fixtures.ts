import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'high UID', text: 'FROM debian:12\nRUN ⟦useradd -u 100001 -m app⟧\n' },
    {
      name: 'long option',
      text: 'FROM debian:12\nRUN groupadd -g 1000000 app && ⟦useradd --uid=1000000 -g app app⟧\n',
    },
    { name: 'joined value', text: 'FROM fedora:41\nRUN ⟦useradd -r -u123456 app⟧\n' },
  ],
  dontFire: [
    { name: 'with -l', text: 'FROM debian:12\nRUN useradd -l -u 100001 app && useradd --no-log-init -u 100002 b\n' },
    { name: '-l in a cluster', text: 'FROM debian:12\nRUN useradd -rlm -u 100001 app\n' },
    { name: 'five-digit UID, as hadolint', text: 'FROM debian:12\nRUN useradd -u 10001 app\n' },
    { name: 'UID from a variable', text: 'FROM debian:12\nRUN useradd -u "$UID" app\n' },
    { name: 'no UID', text: 'FROM debian:12\nRUN useradd -m app\n' },
  ],
  fix: [
    {
      name: 'adds -l',
      text: 'FROM debian:12\nRUN useradd -u 100001 -m app\n',
      output: 'FROM debian:12\nRUN useradd -l -u 100001 -m app\n',
    },
  ],
});
