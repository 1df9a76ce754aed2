import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'copied then unpacked with tar, even when deleted',
      text: 'FROM debian:12-slim\n⟦COPY⟧ app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz -C /opt && rm /tmp/app.tar.gz\n',
    },
    {
      name: 'old-style tar flags and gunzip',
      text: 'FROM debian:12-slim\n⟦COPY⟧ data.tgz /srv/\n⟦COPY⟧ dump.sql.gz /srv/\nRUN cd /srv && tar xzf data.tgz && gunzip dump.sql.gz\n',
    },
  ],
  dontFire: [
    { name: 'ADD unpacks it', text: 'FROM debian:12-slim\nADD app.tar.gz /opt/\n' },
    {
      name: 'copied but kept as an archive',
      text: 'FROM debian:12-slim\nCOPY backup.tar.gz /backups/\nRUN tar -tzf /backups/backup.tar.gz\n',
    },
    {
      name: 'unpacked in a build stage only',
      text: 'FROM debian:12 AS build\nCOPY src.tar.gz /tmp/\nRUN tar -xzf /tmp/src.tar.gz -C /src\nFROM debian:12-slim\nCOPY --from=build /src/app /app\n',
    },
    {
      name: 'archives from another stage',
      text: 'FROM debian:12 AS fetch\nFROM debian:12-slim\nCOPY --from=fetch /dl/app.tar.gz /tmp/\nRUN tar -xzf /tmp/app.tar.gz\n',
    },
  ],
});
