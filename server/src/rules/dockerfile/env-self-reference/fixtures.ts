import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'a later value uses an earlier key', text: 'FROM alpine:3.20\nENV APP_HOME=/app DATA=⟦$APP_HOME⟧/data\n' },
    {
      name: 'even when the variable was set before, and across continuation lines',
      text: 'FROM alpine:3.20\nENV VERSION=1\nENV VERSION=2 \\\n    URL=https://example.com/v⟦${VERSION}⟧/app.tgz\n',
    },
  ],
  dontFire: [
    { name: 'separate ENV lines', text: 'FROM alpine:3.20\nENV APP_HOME=/app\nENV DATA=$APP_HOME/data\n' },
    {
      name: 'a value extending its own old value',
      text: 'FROM alpine:3.20\nENV PATH=$PATH:/app/bin LD_LIBRARY_PATH=$LD_LIBRARY_PATH:/app/lib\n',
    },
    {
      name: 'a key used before it is set on the line reads as intended',
      text: 'FROM alpine:3.20\nENV OLD=$NEW NEW=1\n',
    },
    { name: 'the old form sets one variable', text: 'FROM alpine:3.20\nENV A $A:/x\n' },
  ],
});
