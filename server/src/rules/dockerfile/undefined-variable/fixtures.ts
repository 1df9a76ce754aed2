import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a global ARG used in a stage without declaring it again',
      text: 'ARG VERSION=1.2.3\nFROM alpine:3.20\nLABEL version=⟦$VERSION⟧\nWORKDIR /opt/app-⟦${VERSION}⟧\n',
    },
    {
      name: 'an automatic platform argument not declared in the stage',
      text: 'FROM alpine:3.20\nCOPY bin/⟦$TARGETARCH⟧/app /usr/local/bin/app\n',
    },
    { name: 'a misspelt PATH', text: 'FROM alpine:3.20\nENV PATH=⟦$PAHT⟧:/app/bin\n' },
    { name: 'before the first FROM, as after it', text: 'ENV PATH=⟦$PAHT⟧:/app/bin\nFROM alpine:3.20\n' },
    {
      name: 'a misspelt argument of the stage',
      text: 'FROM alpine:3.20\nARG APP_HOME=/app\nWORKDIR ⟦$APP_HOEM⟧\n',
    },
    {
      name: 'nothing can define a name in a stage built from scratch',
      text: 'FROM scratch\nCOPY ⟦$BINARY⟧ /app\n',
    },
  ],
  dontFire: [
    {
      name: 'a global ARG declared again in the stage',
      text: 'ARG VERSION=1.2.3\nFROM alpine:3.20\nARG VERSION\nLABEL version=$VERSION\n',
    },
    {
      name: 'ARG and ENV of the stage it builds on carry over',
      text: 'FROM alpine:3.20 AS base\nARG APP_DIR=/app\nFROM base\nWORKDIR $APP_DIR\n',
    },
    {
      name: 'ENV of the stage and of the stage it builds on',
      text: 'FROM alpine:3.20 AS base\nENV APP_HOME=/app\nFROM base\nENV DATA=$APP_HOME/data\nWORKDIR $DATA\n',
    },
    {
      name: 'names the base image probably sets, and defaults',
      text: 'FROM golang:1.23\nENV PATH=$PATH:$GOPATH/bin\nWORKDIR ${SRC_DIR:-/src}\nCOPY . $HOME/src\n',
    },
    {
      name: 'RUN, CMD and ENTRYPOINT are expanded by the shell',
      text: 'FROM alpine:3.20\nRUN echo $UNSET_ANYWHERE\nCMD echo $ALSO_UNSET\n',
    },
    {
      name: 'escaped and single-quoted dollars are literal',
      text: "FROM alpine:3.20\nLABEL price=\\$PRICE note='$NOT_A_VAR'\n",
    },
    {
      name: 'predefined proxy arguments',
      text: 'FROM alpine:3.20\nENV http_proxy=$HTTP_PROXY\n',
    },
    {
      name: 'a name defined in the same ENV is left to env-self-reference',
      text: 'FROM scratch\nENV A=1 B=$A\n',
    },
    {
      name: 'a declared platform argument',
      text: 'FROM alpine:3.20\nARG TARGETARCH\nCOPY bin/$TARGETARCH/app /app\n',
    },
  ],
});
