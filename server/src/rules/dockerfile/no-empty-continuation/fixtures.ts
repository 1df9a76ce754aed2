import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    { name: 'blank line in a RUN', text: 'FROM alpine:3.20\nRUN apk add \\\n⟦\n⟧    curl\n' },
    { name: 'several blank lines, one finding', text: 'FROM alpine:3.20\nEXPOSE \\\n⟦  \n\n⟧80\n' },
    { name: 'two separate runs', text: 'FROM alpine:3.20\nRUN a \\\n⟦\n⟧  && b \\\n⟦\n⟧  && c\n' },
    { name: 'CRLF line endings', text: 'FROM alpine:3.20\r\nRUN apk add \\\r\n⟦\r\n⟧    curl\r\n' },
  ],
  dontFire: [
    { name: 'comment lines are allowed', text: 'FROM alpine:3.20\nEXPOSE \\\n# Port\n80\n' },
    { name: 'a blank line after an instruction', text: 'FROM alpine:3.20\nRUN apk add curl\n\nCMD ["sh"]\n' },
    { name: 'blank lines in a here-document', text: 'FROM alpine:3.20\nRUN <<EOF\napk add curl\n\necho done\nEOF\n' },
    { name: 'an escaped backslash ends the line', text: 'FROM alpine:3.20\nRUN echo \\\\\n\nCMD ["sh"]\n' },
  ],
  fix: [
    {
      name: 'removes the blank lines',
      text: 'FROM alpine:3.20\nRUN apk add \\\n\n    curl \\\n  \n    git\n',
      output: 'FROM alpine:3.20\nRUN apk add \\\n    curl \\\n    git\n',
    },
  ],
});
