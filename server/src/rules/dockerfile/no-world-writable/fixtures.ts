import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: '777, recursive', text: 'FROM debian:12\nRUN ⟦chmod -R 777⟧ /var/www\n' },
    { name: '0666', text: 'FROM debian:12\nRUN ⟦chmod 0666⟧ /app/config.yml\n' },
    { name: 'symbolic', text: 'FROM alpine:3.20\nRUN ⟦chmod a+rwx⟧ /app && ⟦chmod u+x,o+w⟧ /run.sh\n' },
    {
      name: 'only part of what it opens is removed',
      text: 'FROM debian:12\nRUN ⟦chmod 777⟧ /tmp/build /data && rm -rf /tmp/build\n',
    },
    { name: 'heredoc script', text: 'FROM alpine:3.20\nRUN <<EOF\n⟦chmod 777⟧ /data\nEOF\n' },
  ],
  dontFire: [
    {
      name: 'sticky directory like /tmp',
      text: 'FROM debian:12\nRUN chmod 1777 /var/www/html && chmod a+rwxt /shared\n',
    },
    {
      name: 'tight modes',
      text: 'FROM debian:12\nRUN chmod 755 /app && chmod 0644 /app/x && chmod u+x,g+rx /run.sh && chmod g=u /data\n',
    },
    {
      name: 'a scratch directory removed in the same RUN',
      text: 'FROM debian:12\nRUN tempDir="$(mktemp -d)" && chmod 777 "$tempDir" && cd "$tempDir" && apt-get source nginx && rm -rf "$tempDir"\n',
    },
    { name: 'mode from a variable', text: 'FROM debian:12\nRUN chmod "$MODE" /app\n' },
    { name: 'reference file', text: 'FROM debian:12\nRUN chmod --reference=/etc/hosts /app/hosts\n' },
  ],
});
