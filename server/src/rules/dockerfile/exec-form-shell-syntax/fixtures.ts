import { defineFixtures } from '../../fixtures';

export default defineFixtures({
  fire: [
    {
      name: 'a variable in ENTRYPOINT',
      text: 'FROM eclipse-temurin:21-jre\nENV JAVA_OPTS=-Xmx512m\nENTRYPOINT ["java", ⟦"${JAVA_OPTS}"⟧, "-jar", "/app.jar"]\n',
    },
    {
      name: 'variables in CMD, RUN and a HEALTHCHECK',
      text: 'FROM python:3.12-slim\nRUN ["pip", "install", ⟦"$PACKAGE"⟧]\nHEALTHCHECK --interval=30s CMD ["curl", "-f", ⟦"http://localhost:${PORT:-8080}/health"⟧]\nCMD ["gunicorn", "--bind", ⟦"0.0.0.0:$PORT"⟧, "app:app"]\n',
    },
    {
      name: 'operators as arguments',
      text: 'FROM node:22-alpine\nCMD ["npm", "install", ⟦"&&"⟧, "npm", "start"]\nENTRYPOINT ["./run", ⟦">"⟧, "/var/log/run.log"]\n',
    },
    {
      name: 'a program name with its argument',
      text: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN [⟦"dotnet restore"⟧]\nENTRYPOINT [⟦"dotnet app.dll"⟧, "--urls", "http://+:8080"]\n',
    },
    {
      name: 'a variable in an interpreter script file argument',
      text: 'FROM node:22-alpine\nCMD ["node", "server.js", ⟦"--port=${PORT}"⟧]\n',
    },
    {
      name: "CMD's words are arguments of the ENTRYPOINT's program",
      text: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java"]\nCMD ["-jar", ⟦"${APP_JAR}"⟧]\n',
    },
    {
      name: 'Spring resolves only ${NAME}, and only in JVM options before the jar',
      text: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", ⟦"-Dserver.port=$PORT"⟧, "-jar", "app.jar", ⟦"-Dserver.port=${PORT}"⟧]\n',
    },
    {
      // Program names are looked up in tables of interpreters: an object's own keys only.
      name: 'a program named like a property of every object',
      text: 'FROM alpine:3.20\nENTRYPOINT ["constructor", ⟦"${MODE}"⟧]\nCMD ["__proto__", ⟦"$PORT"⟧]\n',
    },
  ],
  dontFire: [
    {
      name: 'CMD is the script of an ENTRYPOINT that runs sh -c',
      text: 'FROM alpine:3.20 AS base\nENTRYPOINT ["/bin/sh", "-c"]\nCMD ["exec vertx run $VERTICLE_NAME -cp $VERTICLE_HOME/*"]\nFROM base\nCMD ["gotty --port ${PORT:-3000} bash"]\n',
    },
    {
      name: 'a shell-form ENTRYPOINT never runs CMD',
      text: 'FROM alpine:3.20\nENTRYPOINT exec /app/server\nCMD ["--port", "$PORT"]\n',
    },
    {
      name: 'a shell given its script expands it',
      text: 'FROM alpine:3.20\nCMD ["/bin/sh", "-c", "exec app --port $PORT"]\nENTRYPOINT ["bash", "-lc", "echo ${HOME} && app"]\n',
    },
    {
      name: 'programs that read $ themselves',
      text: 'FROM alpine:3.20\nRUN ["awk", "{print $1}", "/etc/passwd"]\nRUN ["jq", "-n", "$ENV.HOME"]\nCMD ["envsubst", "$HOST $PORT"]\n',
    },
    {
      name: 'inline code of an interpreter',
      text: 'FROM php:8.3-cli\nCMD ["php", "-r", "echo $X;"]\nHEALTHCHECK CMD ["node", "-e", "require(\'http\').get(`http://localhost:${PORT}`)"]\n',
    },
    {
      name: 'dollars that are no variable',
      text: 'FROM alpine:3.20\nCMD ["echo", "costs $5", "$", "$$", "$lower"]\n',
    },
    { name: 'shell form is the shell-form rule', text: 'FROM alpine:3.20\nCMD app --port $PORT && echo done\n' },
    {
      name: 'a Windows path with a space',
      text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nENTRYPOINT ["C:\\\\Program Files\\\\app\\\\app.exe", "--serve"]\n',
    },
    {
      name: 'no JSON: Docker runs it as shell form',
      text: 'FROM alpine:3.20\nCMD ["app", "$PORT"] # port\n',
    },
    {
      name: 'an operator inside a word is text',
      text: 'FROM alpine:3.20\nCMD ["app", "--sep=&&", "a|b"]\n',
    },
    {
      name: 'a Spring property as a JVM option, which Spring resolves',
      text: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "-Dspring.profiles.active=prod", "-Dserver.port=${PORT}", "-jar", "app.jar"]\nFROM eclipse-temurin:21-jre\nCMD ["java", "-jar", "-Xmx1024M", "-Dserver.port=${PORT}", "app.jar"]\nRUN ["java", "-cp", "lib/*", "-Dlogging.level.root=${LEVEL}", "com.example.Main"]\n',
    },
  ],
  fix: [
    {
      name: "no shell fix for a CMD an image's entrypoint script reads",
      text: 'FROM redis:7.2\nCMD ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n',
      output: 'FROM redis:7.2\nCMD ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n',
    },
    {
      name: 'no split of a program string that still needs a shell',
      text: 'FROM eclipse-temurin:21-jre\nCMD ["java $JAVA_OPTS -jar app.jar"]\nRUN ["exec make"]\n',
      output: 'FROM eclipse-temurin:21-jre\nCMD ["java $JAVA_OPTS -jar app.jar"]\nRUN ["exec make"]\n',
    },
    {
      name: 'no shell fix for a CMD passed to an ENTRYPOINT',
      text: 'FROM debian:12\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n',
      output:
        'FROM debian:12\nENTRYPOINT ["docker-entrypoint.sh"]\nCMD ["redis-server", "--requirepass", "${REDIS_PASSWORD}"]\n',
    },
    {
      name: 'ENTRYPOINT through sh -c, passing CMD on',
      text: 'FROM eclipse-temurin:21-jre\nENTRYPOINT ["java", "${JAVA_OPTS}", "-jar", "/app.jar"]\nCMD ["--spring.profiles.active=prod"]\n',
      output:
        'FROM eclipse-temurin:21-jre\nENTRYPOINT ["/bin/sh", "-c", "exec java ${JAVA_OPTS} -jar /app.jar \\"$@\\"", "--"]\nCMD ["--spring.profiles.active=prod"]\n',
    },
    {
      name: 'CMD with an operator, and a word that needs quotes',
      text: 'FROM node:22-bookworm\nCMD ["npm", "ci", "&&", "node", "server.js", "--name", "my app"]\n',
      output: 'FROM node:22-bookworm\nCMD ["/bin/sh", "-c", "npm ci && exec node server.js --name \\"my app\\""]\n',
    },
    {
      name: 'a pipeline keeps the shell as PID 1',
      text: 'FROM debian:12\nCMD ["tail", "-F", "/var/log/app.log", "|", "grep", "--line-buffered", "ERROR"]\n',
      output: 'FROM debian:12\nCMD ["/bin/sh", "-c", "tail -F /var/log/app.log | grep --line-buffered ERROR"]\n',
    },
    {
      name: 'a program name split from its argument',
      text: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN ["dotnet restore", "--locked-mode"]\n',
      output: 'FROM mcr.microsoft.com/dotnet/sdk:8.0\nRUN ["dotnet", "restore", "--locked-mode"]\n',
    },
    {
      name: 'no shell fix where the image may have no /bin/sh',
      text: 'FROM gcr.io/distroless/java21-debian12\nENTRYPOINT ["java", "${JAVA_OPTS}", "-jar", "/app.jar"]\n',
      output: 'FROM gcr.io/distroless/java21-debian12\nENTRYPOINT ["java", "${JAVA_OPTS}", "-jar", "/app.jar"]\n',
    },
  ],
});
