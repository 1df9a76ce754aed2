import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'ENV key value', text: 'FROM alpine:3.20\nENV ⟦APP_HOME⟧ /app\n' },
    { name: 'LABEL key value', text: 'FROM alpine:3.20\nLABEL ⟦maintainer⟧ "Jane Doe"\n' },
    { name: 'before the first FROM, as after it', text: 'env ⟦LANG⟧ C.UTF-8\nFROM alpine:3.20\n' },
    { name: 'a value of several words', text: 'FROM alpine:3.20\nENV ⟦GREETING⟧ hello "big" world\n' },
  ],
  dontFire: [
    {
      name: 'key=value pairs',
      text: 'FROM alpine:3.20\nENV A=1 B="two words"\nLABEL org.opencontainers.image.title="app"\n',
    },
    { name: 'an empty value', text: 'FROM alpine:3.20\nENV EMPTY=\n' },
    { name: 'ARG has no old form', text: 'FROM alpine:3.20\nARG VERSION\n' },
  ],
  fix: [
    {
      name: 'one word, quoted or not',
      text: 'FROM alpine:3.20\nENV APP_HOME /app\nLABEL maintainer "Jane Doe"\nENV HOME_BIN $HOME/bin\n',
      output: 'FROM alpine:3.20\nENV APP_HOME=/app\nLABEL maintainer="Jane Doe"\nENV HOME_BIN=$HOME/bin\n',
    },
    {
      name: 'several plain words are quoted together',
      text: 'FROM alpine:3.20\nENV JAVA_OPTS -Xms64m   -Xmx512m\n',
      output: 'FROM alpine:3.20\nENV JAVA_OPTS="-Xms64m   -Xmx512m"\n',
    },
    {
      name: 'quotes inside a value of several words are left to a person',
      text: 'FROM alpine:3.20\nENV GREETING hello "big" world\n',
      output: 'FROM alpine:3.20\nENV GREETING hello "big" world\n',
    },
  ],
});
