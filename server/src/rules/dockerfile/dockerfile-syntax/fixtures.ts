import { defineFixtures } from '../../fixtures';

const SHA = 'a'.repeat(64);

export default defineFixtures({
  fire: [
    // The file as a whole
    {
      // An escaped backslash ends the line for BuildKit: the next line is an instruction of its own.
      name: 'a line after an escaped backslash',
      text: 'FROM alpine:3.20\nRUN echo C:\\\\\n⟦&&⟧ echo done\n',
    },
    { name: 'empty file', text: '⟦⟧' },
    { name: 'only comments', text: '⟦⟧# build me\n' },
    { name: 'only build arguments', text: '⟦⟧ARG VERSION=3.20\n' },
    { name: 'instruction before FROM', text: '⟦RUN⟧ apk add curl\nFROM alpine:3.20\n' },
    { name: 'misspelt FROM', text: '⟦FORM⟧ alpine:3.20\n' },
    { name: 'unknown instruction later', text: 'FROM alpine:3.20\n⟦COPPY⟧ . /app\n' },
    {
      name: 'duplicate stage names, case-insensitively',
      text: 'FROM golang:1.23 AS ⟦build⟧\nFROM node:22-alpine AS ⟦Build⟧\n',
    },
    { name: 'reserved stage name', text: 'FROM alpine:3.20 AS ⟦scratch⟧\n' },
    // FROM
    { name: 'FROM without an image', text: '⟦FROM⟧\n' },
    { name: 'FROM with a stage name but no AS', text: 'FROM node:22 ⟦build⟧\n' },
    { name: 'FROM with AS but no name', text: 'FROM node:22 ⟦AS⟧\n' },
    { name: 'misspelt AS', text: 'FROM node:22 ⟦AD⟧ build\n' },
    { name: 'invalid stage name', text: 'FROM alpine:3.20 AS ⟦1st-stage⟧\n' },
    {
      name: 'invalid stage name, long enough to make a backtracking pattern explode',
      text: `FROM node:20.11 AS ⟦${'build-the-frontend-'.repeat(3)}stage!⟧\nRUN npm ci\n`,
    },
    { name: 'image reference with an upper-case repository', text: 'FROM ⟦Node:22⟧\n' },
    { name: 'image reference with an empty tag', text: 'FROM ⟦node:⟧\n' },
    // Flags
    { name: 'unknown flag', text: 'FROM alpine:3.20\nCOPY ⟦--chmown⟧=app . /app\n' },
    { name: 'flag of another instruction', text: 'FROM alpine:3.20\nADD ⟦--from⟧=build /app /app\n' },
    { name: 'flag on an instruction that takes none', text: 'FROM alpine:3.20\nENV ⟦--global⟧ A=1\n' },
    { name: 'flag the builder ignores (a warning)', text: 'FROM alpine:3.20\nARG ⟦--required⟧ VERSION\n' },
    { name: 'duplicate flag', text: 'FROM alpine:3.20\nRUN --network=none ⟦--network⟧=host wget example.com\n' },
    { name: 'flag without its value', text: 'FROM alpine:3.20\nCOPY ⟦--chown⟧ . /app\n' },
    { name: 'boolean flag with another value', text: 'FROM alpine:3.20\nCOPY --link=⟦yes⟧ . /app\n' },
    { name: 'value outside a fixed set', text: 'FROM alpine:3.20\nRUN --network=⟦hots⟧ wget example.com\n' },
    { name: 'bad chmod', text: 'FROM alpine:3.20\nCOPY --chmod=⟦999⟧ run.sh /app/\n' },
    { name: 'bad checksum', text: 'FROM alpine:3.20\nADD --checksum=⟦sha256:xyz⟧ https://example.com/a.tgz /a.tgz\n' },
    { name: 'bad platform', text: 'FROM --platform=⟦linux/⟧ alpine:3.20\n' },
    // HEALTHCHECK
    { name: 'duration without a unit', text: 'FROM alpine:3.20\nHEALTHCHECK --interval=⟦30⟧ CMD true\n' },
    { name: 'duration under a millisecond', text: 'FROM alpine:3.20\nHEALTHCHECK --timeout=⟦500us⟧ CMD true\n' },
    { name: 'negative retries', text: 'FROM alpine:3.20\nHEALTHCHECK --retries=⟦-1⟧ CMD true\n' },
    { name: 'unknown HEALTHCHECK type', text: 'FROM alpine:3.20\nHEALTHCHECK ⟦CDM⟧ true\n' },
    {
      name: 'HEALTHCHECK NONE with arguments',
      text: 'FROM alpine:3.20\nHEALTHCHECK NONE ⟦curl -f http://localhost/⟧\n',
    },
    { name: 'HEALTHCHECK CMD without a command', text: 'FROM alpine:3.20\nHEALTHCHECK ⟦CMD⟧\n' },
    // EXPOSE and STOPSIGNAL
    { name: 'port out of range', text: 'FROM alpine:3.20\nEXPOSE 80 ⟦80000⟧\n' },
    { name: 'unknown protocol', text: 'FROM alpine:3.20\nEXPOSE ⟦80/tcpp⟧\n' },
    { name: 'decreasing port range', text: 'FROM alpine:3.20\nEXPOSE ⟦9000-8000⟧\n' },
    { name: 'unknown signal', text: 'FROM alpine:3.20\nSTOPSIGNAL ⟦SIGTERMM⟧\n' },
    { name: 'signal zero', text: 'FROM alpine:3.20\nSTOPSIGNAL ⟦0⟧\n' },
    // RUN --mount
    { name: 'unknown mount type', text: 'FROM alpine:3.20\nRUN --mount=type=⟦cahce⟧,target=/root/.cache make\n' },
    { name: 'misspelt mount option', text: 'FROM node:22\nRUN --mount=type=cache,⟦traget⟧=/root/.npm npm ci\n' },
    {
      name: 'option of another mount type',
      text: 'FROM alpine:3.20\nRUN --mount=type=bind,target=/src,⟦uid⟧=1000 make\n',
    },
    { name: 'mount without a target, no WORKDIR', text: 'FROM node:22\nRUN --mount=⟦type=cache⟧ npm ci\n' },
    {
      name: 'mount without a target, the working directory /',
      text: 'FROM alpine:3.20\nWORKDIR /\nRUN --mount=⟦type=tmpfs⟧ make\n',
    },
    {
      name: 'bare mount in a stage built on one whose working directory is /',
      text: 'FROM scratch AS base\nFROM base\nRUN --mount=⟦ro⟧ ls\n',
    },
    {
      name: 'mount target that comes to /',
      text: 'FROM alpine:3.20\nWORKDIR /src\nRUN --mount=type=cache,target=⟦..⟧ --mount=type=bind,dst=⟦/⟧ make\n',
    },
    { name: 'mount being typed: one finding, on the flag', text: 'FROM node:22\nRUN ⟦--mount⟧= npm ci\n' },
    { name: 'mount option without a value', text: 'FROM node:22\nRUN --mount=type=cache,⟦target⟧ npm ci\n' },
    {
      name: 'mount option outside its set',
      text: 'FROM debian:12\nRUN --mount=type=cache,target=/var/cache/apt,sharing=⟦lockd⟧ apt-get update\n',
    },
    { name: 'bad mount mode', text: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm,mode=⟦999⟧ npm ci\n' },
    { name: 'bad tmpfs size', text: 'FROM alpine:3.20\nRUN --mount=type=tmpfs,target=/tmp,size=⟦big⟧ make\n' },
    { name: 'variable in a mount from', text: 'FROM alpine:3.20\nRUN --mount=from=⟦$BASE⟧,target=/base ls /base\n' },
    { name: 'secret without an id', text: 'FROM alpine:3.20\nRUN --mount=⟦type=secret,required⟧ cat /run/secrets/x\n' },
    {
      name: 'secret with both id and source',
      text: 'FROM alpine:3.20\nRUN --mount=⟦type=secret,id=a,source=b⟧ cat /run/secrets/a\n',
    },
    { name: 'unbalanced quotes in a mount', text: `FROM alpine:3.20\nRUN --mount='⟦type=bind,"target=/x⟧' ls\n` },
    { name: 'mount without a value', text: 'FROM alpine:3.20\nRUN ⟦--mount⟧ ls\n' },
    // Arguments
    { name: 'COPY with one argument', text: 'FROM alpine:3.20\nCOPY ⟦app⟧\n' },
    { name: 'USER without a user', text: 'FROM alpine:3.20\n⟦USER⟧\n' },
    { name: 'STOPSIGNAL with two words', text: 'FROM alpine:3.20\nSTOPSIGNAL ⟦SIGTERM SIGKILL⟧\n' },
    { name: 'ENV without a value', text: 'FROM alpine:3.20\nENV ⟦GREETING⟧\n' },
    { name: 'ENV pair without =', text: 'FROM alpine:3.20\nENV A=1 ⟦B⟧\n' },
    { name: 'LABEL with a blank name', text: 'FROM alpine:3.20\nLABEL ⟦=acme⟧\n' },
    { name: 'ARG with a blank name', text: 'ARG ⟦=1⟧\nFROM alpine:3.20\n' },
    { name: 'empty VOLUME path', text: 'FROM alpine:3.20\nVOLUME [⟦""⟧]\n' },
    { name: 'here-document as a destination', text: 'FROM alpine:3.20\nCOPY <<EOF ⟦<<DEST⟧\nhi\nEOF\nx\nDEST\n' },
    { name: 'ONBUILD FROM', text: 'FROM alpine:3.20\nONBUILD ⟦FROM⟧ alpine\n' },
    { name: 'ONBUILD ONBUILD', text: 'FROM alpine:3.20\nONBUILD ⟦ONBUILD⟧ RUN make\n' },
    { name: 'error inside an ONBUILD trigger', text: 'FROM alpine:3.20\nONBUILD COPY ⟦--chmown⟧=app . /app\n' },
    // Exec form
    { name: 'exec form in single quotes', text: "FROM node:22-alpine\nCMD ⟦['node', 'server.js']⟧\n" },
    { name: 'unclosed exec form', text: 'FROM node:22-alpine\nENTRYPOINT ⟦["node", "server.js"⟧\n' },
    { name: 'exec form with a number', text: 'FROM node:22-alpine\nCMD ["node", ⟦1⟧]\n' },
    { name: 'exec form with an escape JSON lacks', text: 'FROM alpine:3.20\nRUN ["echo", "costs ⟦\\$⟧5"]\n' },
    { name: 'exec form with a short unicode escape', text: 'FROM alpine:3.20\nRUN ["echo", "⟦\\u12⟧"]\n' },
    { name: 'exec form with a raw tab', text: 'FROM alpine:3.20\nCMD ["printf", "a⟦\t⟧b"]\n' },
    { name: 'exec form with a string left open', text: 'FROM alpine:3.20\nCMD ["echo", ⟦"look, no quote!]⟧\n' },
    { name: 'exec form with a trailing comma', text: 'FROM alpine:3.20\nCMD ⟦["echo", "hi",]⟧\n' },
    { name: 'exec form with a word outside the strings', text: 'FROM alpine:3.20\nCMD ⟦["echo", hi]⟧\n' },
    {
      // The builder reads the rest of the line as JSON: a comment after ] makes it the shell form.
      name: 'exec form followed by a comment or a word',
      text: 'FROM alpine:3.20\nCMD ["serve", "-s", "dist", "-l", "5173"]  ⟦# --port flag⟧\nENTRYPOINT ["/entrypoint.sh"] ⟦--debug⟧\nHEALTHCHECK CMD ["true"]⟦#x⟧\nONBUILD RUN ["make"] ⟦# build⟧\n',
    },
    { name: 'SHELL not in JSON', text: 'FROM debian:12\nSHELL ⟦/bin/bash -c⟧\n' },
    { name: 'SHELL with an empty array', text: 'FROM debian:12\nSHELL ⟦[]⟧\n' },
    // Quotes and variables the builder expands
    { name: 'unterminated quote in ENV', text: 'FROM alpine:3.20\nENV GREETING=⟦"hi⟧\n' },
    { name: 'quoted path with a space in COPY', text: 'FROM alpine:3.20\nCOPY ⟦"my⟧ file⟦"⟧ /app/\n' },
    { name: 'unsupported substitution modifier', text: 'FROM alpine:3.20\nENV A=⟦${B:=⟧x}\n' },
    { name: 'substitution never closed', text: 'FROM alpine:3.20\nWORKDIR ⟦${HOME/app⟧\n' },
    { name: 'substitution without a name', text: 'FROM alpine:3.20\nLABEL a=⟦${:⟧x}\n' },
    // Shell and here-documents
    { name: 'unterminated here-document', text: 'FROM alpine:3.20\nRUN <<⟦EOF⟧\napk add curl\necho done\n' },
    { name: 'unterminated quote in RUN', text: 'FROM alpine:3.20\nRUN echo ⟦"hello⟧\n' },
    { name: 'dangling && on the last line of a RUN', text: 'FROM alpine:3.20\nRUN apk add curl \\\n    ⟦&&⟧\n' },
    // Parser directives
    {
      name: 'directive given twice',
      text: '# syntax=docker/dockerfile:1\n⟦# syntax=docker/dockerfile:1.7⟧\nFROM alpine:3.20\n',
    },
    { name: 'invalid escape character', text: '# escape=⟦/⟧\nFROM alpine:3.20\n' },
    { name: 'invalid check directive', text: '# check=⟦skipp=all⟧\nFROM alpine:3.20\n' },
    {
      name: 'directive after a comment (a warning: it is only a comment)',
      text: '# build the app\n⟦# syntax=docker/dockerfile:1⟧\nFROM alpine:3.20\n',
    },
  ],
  dontFire: [
    {
      // Docker joins the lines also when blanks follow the backslash; the shell sees one command.
      name: 'blanks after a line continuation in RUN',
      text: 'FROM alpine:3.20\nRUN ./configure \\ \n  && make \\\t\n  && make install\n',
    },
    {
      name: 'a mount without a target in a stage built on one a global ARG names, which sets WORKDIR',
      text: 'ARG VARIANT=alpine\nFROM golang:1.23-alpine AS base-alpine\nWORKDIR /src\nFROM base-${VARIANT} AS dev\nRUN --mount=ro --mount=type=cache,target=/root/.cache go build\n',
    },
    {
      name: 'cmd syntax on a Windows image named through global ARG defaults',
      text: 'ARG WINDOWS_BASE_IMAGE=mcr.microsoft.com/windows/servercore\nARG WINDOWS_BASE_IMAGE_TAG=ltsc2019\nFROM ${WINDOWS_BASE_IMAGE}:${WINDOWS_BASE_IMAGE_TAG}\nRUN powershell if ((Get-FileHash busybox.exe).Hash -ne $Env:SUM) { exit 1 }\n',
    },
    {
      name: 'cmd syntax in a stage of unknown image that works in a drive-letter folder',
      text: 'ARG BASE\nFROM $BASE\nWORKDIR C:/bin\nRUN icacls C:\\test_dir /grant "CREATOR OWNER":(OI)(CI)(IO)F /T\n',
    },
    { name: 'ARG before FROM', text: '# syntax=docker/dockerfile:1\nARG VERSION=3.20\nFROM alpine:${VERSION}\n' },
    {
      name: 'a realistic multi-stage file',
      text: 'FROM golang:1.23 AS build\nWORKDIR /src\nCOPY --link go.* ./\nRUN --mount=type=cache,target=/root/.cache/go-build go build -o /app .\nFROM gcr.io/distroless/static:nonroot\nCOPY --from=build /app /app\nUSER 65532\nENTRYPOINT ["/app"]\n',
    },
    { name: 'heredoc RUN', text: 'FROM alpine:3.20\nRUN <<EOF\nset -e\napk add curl\nEOF\n' },
    {
      name: 'here-documents in COPY, quoted and with tabs stripped',
      text: 'FROM alpine:3.20\nCOPY <<-"EOT" /script.sh\n\techo "hello ${FOO}"\n\tEOT\nRUN <<A cat > /a && <<B cat > /b\n1\nA\n2\nB\n',
    },
    {
      name: 'comment and blank lines inside a continued RUN',
      text: 'FROM debian:12\nRUN apt-get update \\\n    # tools for the build\n    && apt-get install -y make\n',
    },
    {
      name: 'a shell test that starts with a quoted word',
      text: 'FROM alpine:3.20\nRUN [ "$(id -u)" = 0 ] && echo root\n',
    },
    {
      name: 'bash syntax under a bash SHELL',
      text: 'FROM debian:12\nSHELL ["/bin/bash", "-o", "pipefail", "-c"]\nRUN [[ -d /tmp ]] && echo ok\n',
    },
    {
      name: 'PowerShell is not parsed as sh',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nRUN Write-Host "a" ; if ($x) { echo "b }\n',
    },
    {
      name: 'escape directive with a backtick and Windows paths',
      text: '# escape=`\n\nFROM mcr.microsoft.com/windows/nanoserver:ltsc2022\nCOPY testfile.txt c:\\\nRUN dir c:\\ `\n  /w\n',
    },
    {
      name: "style issues are other rules' business",
      text: 'from alpine:3.20\nMAINTAINER me\nWORKDIR app\nCMD a\nCMD b\n',
    },
    {
      name: 'every flag of the current reference',
      text: `FROM --platform=linux/arm64/v8 alpine:3.20 AS base
ADD --chown=app:app --chmod=644 --link --keep-git-dir=true https://github.com/moby/buildkit.git#v0.10.1 /buildkit
ADD --checksum=sha256:${SHA} --unpack=true --exclude=*.md https://example.com/a.tar.gz /opt/
COPY --from=base --chown=1000:1000 --chmod=u=rwX,go=rX --link=false --parents --exclude=*.txt --exclude=*.md ./x/./y/ /dst/
RUN --mount=type=bind,source=.,target=/src,rw --network=none --security=sandbox --device=nvidia.com/gpu=all make
RUN --mount=type=cache,target=/var/cache/apt,sharing=locked,id=apt,mode=0755,uid=0,gid=0 apt-get update
RUN --mount=type=secret,id=aws,target=/root/.aws/credentials,required=true,mode=0400 aws s3 ls
RUN --mount=type=secret,id=API_KEY,env=API_KEY some-command
RUN --mount=type=ssh,id=default,required ssh -T git@gitlab.com
RUN --mount=type=tmpfs,target=/tmp,size=64m --mount=from=base,target=/base,ro ls /base
HEALTHCHECK --interval=5m --timeout=3s --start-period=0s --start-interval=2s --retries=0 CMD curl -f http://localhost/ || exit 1
`,
    },
    {
      name: 'every form EXPOSE, STOPSIGNAL and HEALTHCHECK accept',
      text: 'FROM alpine:3.20\nEXPOSE 80 80/tcp 53/udp 132/sctp 8000-8010 443/TCP 0.0.0.0:8080:80\nSTOPSIGNAL SIGRTMIN+3\nSTOPSIGNAL sigterm\nSTOPSIGNAL 9\nHEALTHCHECK NONE\nHEALTHCHECK CMD ["curl", "-f", "http://localhost/"]\n',
    },
    {
      name: 'image references',
      text: `FROM scratch\nFROM alpine@sha256:${SHA}\nFROM registry.example.com:5000/team/app:1.0\nFROM localhost:5000/app\nFROM "alpine:3.20"\nFROM alpine:3.20 AS base..x\nFROM base..x\n`,
    },
    {
      name: 'key=value forms: legacy ENV, quoted LABEL keys, values across lines',
      text: 'FROM alpine:3.20\nENV MY_VAR my value\nLABEL "com.example.vendor"="ACME Incorporated"\nLABEL description="This text illustrates \\\nthat label-values can span multiple lines."\nARG A B=2 C=\n',
    },
    {
      name: 'mounts without a target land on the working directory',
      text: 'FROM golang:1.22\nWORKDIR /go/src/github.com/docker/cli\nRUN --mount=ro --mount=type=cache,target=/root/.cache go build ./...\nFROM alpine:3.20 AS src\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod ls\nFROM src\nWORKDIR app\nRUN --mount=type=tmpfs --mount=type=cache,target=.. make\n',
    },
    {
      name: 'secret and ssh mounts have targets of their own',
      text: 'FROM alpine:3.20\nWORKDIR /\nRUN --mount=type=secret,id=npmrc --mount=type=ssh cat /run/secrets/npmrc\n',
    },
    {
      name: 'a working directory from a variable',
      text: 'FROM alpine:3.20\nARG DIR=/src\nWORKDIR $DIR\nRUN --mount=type=bind ls\n',
    },
    {
      name: 'ONBUILD triggers',
      text: 'FROM alpine:3.20\nONBUILD ADD . /app/src\nONBUILD RUN --mount=from=config,target=/opt/appconfig ls\n',
    },
    {
      name: 'empty exec forms and JSON followed by blanks, or by a comment line',
      text: 'FROM alpine:3.20\nENTRYPOINT []\nCMD ["a", \\\n# a comment line is dropped\n  "b"]  \t\n',
    },
    {
      name: 'directive with blanks around =',
      text: '#  Syntax = docker/dockerfile:1\n# check=skip=all;error=true\n\nFROM alpine:3.20\n',
    },
    { name: 'ADD --unpack', text: 'FROM alpine:3.20\nADD --unpack=true app.tar /opt/\n' },
    // Variables, wherever the builder expands them
    {
      name: 'a port range ending in a build argument',
      text: 'FROM alpine:3.20\nARG PORT_END\nEXPOSE 40000-${PORT_END}\n',
    },
    { name: '$VAR and ${VAR:-x} in EXPOSE', text: 'FROM alpine:3.20\nEXPOSE $PORT ${ADMIN_PORT:-9000}/udp\n' },
    { name: 'a quoted destination with several sources', text: 'FROM alpine:3.20\nCOPY foo bar "baz/"\n' },
    {
      name: 'every substitution modifier',
      text: 'FROM alpine:3.20\nENV A=${B:-x} C=${D:+y} E=${F-z} G=${H+w} I=${J:?required} K=${L?m}\nENV P=${PATH#/usr} Q=${R%%.*} S=${T/a/b} U=${V:-${W}} X=\\$HOME\n',
    },
    {
      name: 'variables in FROM',
      text: 'ARG BASE TAG\nFROM ${BASE:-alpine}:${TAG}\nFROM --platform=$BUILDPLATFORM golang:1.23 AS build\n',
    },
    {
      name: 'variables in flags and mount options',
      text: 'FROM alpine:3.20\nCOPY --chown=${UID}:${GID} --chmod=$MODE . /app\nADD --checksum=$SUM https://example.com/a /a\nRUN --mount=type=cache,target=${CACHE_DIR},id=${CACHE_ID},mode=$MODE,sharing=$SHARING make\nRUN --mount=type=$KIND,target=/x ls\n',
    },
    {
      name: 'variables in STOPSIGNAL, USER and WORKDIR',
      text: 'FROM alpine:3.20\nSTOPSIGNAL $SIGNAL\nUSER ${APP_USER}:${APP_GROUP}\nWORKDIR $HOME/app\n',
    },
  ],
  fix: [
    {
      name: 'misspelt flag',
      text: 'FROM alpine:3.20\nCOPY --chmown=app . /app\n',
      output: 'FROM alpine:3.20\nCOPY --chown=app . /app\n',
    },
    {
      name: 'misspelt mount option and type',
      text: 'FROM node:22\nRUN --mount=type=cahce,traget=/root/.npm npm ci\n',
      output: 'FROM node:22\nRUN --mount=type=cache,target=/root/.npm npm ci\n',
    },
    {
      name: 'misspelt instruction, in the casing of the file',
      text: 'form alpine:3.20\nrun apk add curl\n',
      output: 'from alpine:3.20\nrun apk add curl\n',
    },
    { name: 'misspelt AS', text: 'FROM node:22 AD build\n', output: 'FROM node:22 AS build\n' },
    {
      name: 'single-quoted exec form',
      text: "FROM node:22\nCMD ['node', 'server.js']\n",
      output: 'FROM node:22\nCMD ["node", "server.js"]\n',
    },
    {
      name: 'a comment after an exec form moves to a line of its own',
      text: 'FROM node:22\n  CMD ["serve", "-s", "dist"]  # --port flag\nRUN ["npm", "ci"] --verbose\n',
      output: 'FROM node:22\n  # --port flag\n  CMD ["serve", "-s", "dist"]\nRUN ["npm", "ci"] --verbose\n',
    },
    {
      name: 'value outside a fixed set',
      text: 'FROM alpine:3.20\nRUN --network=hots wget example.com\nHEALTHCHECK CDM true\n',
      output: 'FROM alpine:3.20\nRUN --network=host wget example.com\nHEALTHCHECK CMD true\n',
    },
  ],
});
