import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a token build argument', text: 'FROM node:22-alpine\nARG ⟦NPM_TOKEN⟧\n' },
    {
      name: 'passwords and keys in ENV, several on one line',
      text: 'FROM postgres:16\nENV ⟦POSTGRES_PASSWORD⟧=example ⟦AWS_SECRET_ACCESS_KEY⟧=abc\n',
    },
    { name: 'a global build argument', text: 'ARG ⟦GITHUB_TOKEN⟧\nFROM alpine:3.20\n' },
    {
      name: 'a build argument copied into ENV',
      text: 'FROM alpine:3.20\nARG ⟦API_KEY⟧\nENV ⟦API_KEY⟧=$API_KEY\n',
    },
  ],
  dontFire: [
    {
      name: 'GPG fingerprints and public keys, as the official images set them',
      text: 'FROM debian:12\nENV GPG_KEY=A035C8C19219BA821ECEA86B64E628F8D684696D\nENV PUBLIC_KEY=ssh-ed25519\nENV GPG_KEYS=0x1234\n',
    },
    {
      name: 'names that say where a secret is',
      text: 'FROM postgres:16\nENV POSTGRES_PASSWORD_FILE=/run/secrets/pg DB_PASSWORD=/run/secrets/db TOKEN_URL=https://auth.example.com\n',
    },
    { name: 'an empty ENV placeholder', text: 'FROM alpine:3.20\nENV API_TOKEN=\n' },
    {
      name: 'words that only contain a secret word',
      text: 'FROM alpine:3.20\nARG MONKEY=1\nENV KEYBOARD=us TOKENIZER=bpe AUTHOR=jane\n',
    },
  ],
});
