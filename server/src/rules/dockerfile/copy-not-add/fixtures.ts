import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a local file', text: 'FROM python:3.13-slim\n⟦ADD⟧ requirements.txt /app/\n' },
    { name: 'a folder with flags', text: 'FROM node:22-alpine\n⟦ADD⟧ --chown=node:node src/ /app/src/\n' },
    { name: 'exec form, lower case', text: 'FROM alpine:3.20\n⟦add⟧ ["config.yaml", "/etc/app/"]\n' },
  ],
  dontFire: [
    { name: 'COPY', text: 'FROM alpine:3.20\nCOPY config.yaml /etc/app/\n' },
    { name: 'a URL', text: 'FROM alpine:3.20\nADD https://example.com/tool /usr/local/bin/tool\n' },
    { name: 'a local archive unpacked on purpose', text: 'FROM debian:12-slim\nADD rootfs.tar.xz /\n' },
    { name: 'a git repository', text: 'FROM alpine:3.20\nADD git@github.com:acme/app.git /src\n' },
    {
      name: 'checksum verification is an ADD feature',
      text: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d tool /bin/tool\n',
    },
    { name: 'source from a variable', text: 'FROM alpine:3.20\nARG FILE\nADD ${FILE} /opt/\n' },
  ],
  fix: [
    {
      name: 'keyword becomes COPY',
      text: 'FROM python:3.13-slim\nADD --chown=app:app . /app\nadd ["a.txt", "/b/"]\n',
      output: 'FROM python:3.13-slim\nCOPY --chown=app:app . /app\nCOPY ["a.txt", "/b/"]\n',
    },
  ],
});
