import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'two sources into a file name', text: 'FROM alpine:3.20\nCOPY a.txt b.txt ⟦/srv⟧\n' },
    { name: 'ADD, in exec form', text: 'FROM alpine:3.20\nADD ["a.txt", "b.txt", ⟦"/srv/app"⟧]\n' },
    {
      name: 'after astral characters (UTF-16 columns)',
      text: 'FROM alpine:3.20\nLABEL note="𐀀"\nCOPY --chown=10001 𐀀.txt b.txt ⟦/srv⟧\n',
    },
    { name: 'after a stand-alone flag', text: 'FROM alpine:3.20\nCOPY --link a.txt b.txt ⟦/srv⟧\n' },
  ],
  dontFire: [
    { name: 'into a directory', text: 'FROM alpine:3.20\nCOPY a.txt b.txt /srv/\nCOPY ["a", "b", "/opt/x y/"]\n' },
    { name: 'one source may be renamed', text: 'FROM alpine:3.20\nCOPY app.py /srv/main.py\n' },
    { name: 'a variable decides', text: 'FROM alpine:3.20\nARG DEST=/srv/\nCOPY a.txt b.txt $DEST\n' },
    { name: 'a heredoc', text: 'FROM alpine:3.20\nCOPY <<EOF /etc/motd\nhello\nEOF\n' },
    {
      // An escaped backslash ends the line: the ENV below is an instruction of its own.
      name: 'a Windows directory ending in an escaped backslash',
      text: 'FROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY --from=x \\\n  C:\\\\a.dll \\\n  C:\\\\b.dll \\\n  C:\\\\System32\\\\\n\nENV MONGO_VERSION=4.4.17\n',
    },
    {
      // The flag's missing "=" is dockerfile-syntax's error; the word after it is the stage, not a source.
      name: 'a stage after --from without "="',
      text: 'FROM alpine:3.20 AS builder\nRUN echo hi > /a\nFROM alpine:3.20\nCOPY --from builder /a /b\n',
    },
    { name: 'the workdir', text: 'FROM alpine:3.20\nWORKDIR /app\nCOPY a.txt b.txt .\nCOPY c d ./\nCOPY e f ..\n' },
  ],
  fix: [
    {
      name: 'adds the slash, inside the quotes of the exec form',
      text: 'FROM alpine:3.20\nCOPY a.txt b.txt /srv\nCOPY ["a.txt", "b.txt", "/opt/app"]\n',
      output: 'FROM alpine:3.20\nCOPY a.txt b.txt /srv/\nCOPY ["a.txt", "b.txt", "/opt/app/"]\n',
    },
  ],
});
