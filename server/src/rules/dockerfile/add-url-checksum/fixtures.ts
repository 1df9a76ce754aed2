import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a download', text: 'FROM alpine:3.20\nADD ⟦https://example.com/tool.tar.gz⟧ /tmp/\n' },
    {
      name: 'several downloads, exec form, before the first FROM',
      text: 'ADD [⟦"http://example.com/a"⟧, ⟦"https://example.com/b"⟧, "/opt/"]\nFROM alpine:3.20\n',
    },
  ],
  dontFire: [
    {
      name: 'with a checksum',
      text: 'FROM alpine:3.20\nADD --checksum=sha256:24454f830cdb571e2c4ad15481119c43b3cafd48dd869a9b2945d1036d1dc68d https://example.com/tool /bin/tool\n',
    },
    { name: 'a git repository', text: 'FROM alpine:3.20\nADD https://github.com/moby/buildkit.git#v0.14.1 /src\n' },
    { name: 'local files and URLs from variables', text: 'FROM alpine:3.20\nADD rootfs.tar.xz /\nADD ${URL} /tmp/\n' },
    { name: 'COPY does not download', text: 'FROM alpine:3.20\nCOPY https-notes.txt /tmp/\n' },
  ],
});
