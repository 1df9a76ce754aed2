import { t, type Exercise } from './types';

/** Exercises on a Dockerfile: course topics 2 to 6. */
export const DOCKERFILE_EXERCISES: readonly Exercise[] = [
  {
    id: 'absolute-workdir',
    topic: 'linux-filesystem',
    file: 'Dockerfile',
    title: t('Work in an absolute directory', '절대 경로에서 작업하기'),
    goal: t(
      'Make every step run in /app without depending on the directory the lines before it left behind.',
      '앞선 줄이 남긴 디렉터리에 기대지 않고 모든 단계가 /app에서 실행되게 하세요.',
    ),
    hints: [
      t(
        'A relative path is resolved against the current directory. Which instruction sets it?',
        '상대 경로는 현재 디렉터리를 기준으로 풀립니다. 현재 디렉터리를 정하는 명령어는 무엇일까요?',
      ),
      t('`cd` inside a RUN lasts only until that RUN ends.', 'RUN 안의 `cd`는 그 RUN이 끝나면 효력이 사라집니다.'),
      t(
        'Write `WORKDIR /app` once, and drop the `cd` from the RUN.',
        '`WORKDIR /app`을 한 번 쓰고, RUN에서 `cd`를 빼세요.',
      ),
    ],
    targets: ['absolute-workdir', 'workdir-not-cd'],
    keep: { instructions: ['FROM', 'WORKDIR', 'RUN', 'CMD'] },
    start: `FROM python:3.13.1-slim
WORKDIR app
COPY requirements.txt ./
RUN cd /app && pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "main.py"]
`,
    solution: `FROM python:3.13.1-slim
WORKDIR /app
COPY requirements.txt ./
RUN pip install --no-cache-dir -r requirements.txt
COPY . .
USER 10001
CMD ["python", "main.py"]
`,
  },
  {
    id: 'non-root-image',
    topic: 'linux-filesystem',
    file: 'Dockerfile',
    title: t('Run the image as an unprivileged user', '권한 없는 사용자로 이미지 실행하기'),
    goal: t(
      'Make the final image run as a numeric, non-root user, and take sudo out of it.',
      '최종 이미지가 root가 아닌 숫자 사용자로 실행되게 하고, sudo를 이미지에서 빼세요.',
    ),
    hints: [
      t(
        'The kernel checks numeric UIDs. Which instruction picks the user the container runs as?',
        '커널은 숫자 UID를 확인합니다. 컨테이너가 실행될 사용자를 고르는 명령어는 무엇일까요?',
      ),
      t(
        'Build steps already run as root until a USER changes that: sudo has nothing to do.',
        '빌드 단계는 USER로 바꾸기 전까지 이미 root로 실행됩니다. sudo가 할 일은 없습니다.',
      ),
      t(
        'Create the user with `useradd --uid 10001 app`, remove `sudo` from the RUN lines, and end with `USER 10001` before CMD.',
        '`useradd --uid 10001 app`으로 사용자를 만들고, RUN 줄에서 `sudo`를 빼고, CMD 앞에 `USER 10001`을 두세요.',
      ),
    ],
    targets: ['non-root-user', 'no-sudo'],
    keep: { instructions: ['FROM', 'RUN', 'CMD'] },
    start: `FROM debian:12.8
RUN apt-get update \\
    && apt-get install -y --no-install-recommends ca-certificates sudo \\
    && rm -rf /var/lib/apt/lists/*
COPY server /usr/local/bin/server
RUN sudo chmod 0755 /usr/local/bin/server
CMD ["server"]
`,
    solution: `FROM debian:12.8
RUN apt-get update \\
    && apt-get install -y --no-install-recommends ca-certificates \\
    && rm -rf /var/lib/apt/lists/* \\
    && useradd --uid 10001 --no-create-home app
COPY server /usr/local/bin/server
RUN chmod 0755 /usr/local/bin/server
USER 10001
CMD ["server"]
`,
  },
  {
    id: 'pid-one-signals',
    topic: 'containers',
    file: 'Dockerfile',
    title: t('Let the application receive SIGTERM', '애플리케이션이 SIGTERM을 받게 하기'),
    goal: t(
      'Make the application itself PID 1, so `docker stop` and Kubernetes can ask it to shut down cleanly.',
      '애플리케이션 자신이 PID 1이 되게 해서, `docker stop`과 쿠버네티스가 깔끔한 종료를 요청할 수 있게 하세요.',
    ),
    hints: [
      t('In the shell form, which program is PID 1?', '셸 형식에서는 어떤 프로그램이 PID 1일까요?'),
      t(
        'The exec form is a JSON array: double quotes, one element per argument.',
        'exec 형식은 JSON 배열입니다. 큰따옴표를 쓰고, 인자마다 원소 하나입니다.',
      ),
      t(
        'Write `CMD ["node", "server.js", "--port", "8080"]`.',
        '`CMD ["node", "server.js", "--port", "8080"]`으로 쓰세요.',
      ),
    ],
    targets: ['exec-form-cmd'],
    keep: { instructions: ['FROM', 'CMD'] },
    start: `FROM node:22.11.0-slim
WORKDIR /app
COPY . .
USER node
CMD node server.js --port 8080
`,
    solution: `FROM node:22.11.0-slim
WORKDIR /app
COPY . .
USER node
CMD ["node", "server.js", "--port", "8080"]
`,
  },
  {
    id: 'one-layer-apt',
    topic: 'union-filesystem',
    file: 'Dockerfile',
    title: t('Install packages in one clean layer', '패키지를 깔끔한 레이어 하나에 설치하기'),
    goal: t(
      'Install only the packages you name, and leave no package lists in any layer.',
      '적은 패키지만 설치하고, 어느 레이어에도 패키지 목록을 남기지 마세요.',
    ),
    hints: [
      t(
        'A file deleted in a later layer still ships in the layer that created it.',
        '나중 레이어에서 지운 파일도 그 파일을 만든 레이어에는 그대로 실려 나갑니다.',
      ),
      t(
        'apt-get also installs "recommended" packages unless told not to.',
        'apt-get은 막지 않으면 "권장" 패키지까지 설치합니다.',
      ),
      t(
        'Join the steps into one RUN: `apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`.',
        '단계를 RUN 하나로 합치세요. `apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`',
      ),
    ],
    targets: ['apt-lists-cleanup', 'apt-no-install-recommends'],
    keep: { instructions: ['FROM', 'RUN'] },
    start: `FROM debian:12.8
RUN apt-get update
RUN apt-get install -y curl
RUN rm -rf /var/lib/apt/lists/*
USER 10001
`,
    solution: `FROM debian:12.8
RUN apt-get update \\
    && apt-get install -y --no-install-recommends curl \\
    && rm -rf /var/lib/apt/lists/*
USER 10001
`,
  },
  {
    id: 'say-what-you-mean',
    topic: 'docker-architecture',
    file: 'Dockerfile',
    title: t('Ask the builder for exactly what you mean', '빌더에 뜻한 것만 정확히 요청하기'),
    goal: t(
      'Copy the local files with the instruction that only copies, and move the author into a label tools can read.',
      '로컬 파일은 복사만 하는 명령어로 복사하고, 작성자는 도구가 읽을 수 있는 레이블로 옮기세요.',
    ),
    hints: [
      t(
        'ADD can also download URLs and unpack archives. Which instruction only copies?',
        'ADD는 URL을 내려받거나 압축을 풀기도 합니다. 복사만 하는 명령어는 무엇일까요?',
      ),
      t(
        'MAINTAINER is retired; the OCI annotations have a key for authors.',
        'MAINTAINER는 폐기되었습니다. OCI 어노테이션에는 작성자를 위한 키가 있습니다.',
      ),
      t(
        'Use `COPY` for both files and `LABEL org.opencontainers.image.authors="team@example.com"`.',
        '두 파일 모두 `COPY`로, 그리고 `LABEL org.opencontainers.image.authors="team@example.com"`을 쓰세요.',
      ),
    ],
    targets: ['copy-not-add', 'maintainer-deprecated'],
    keep: { instructions: ['FROM', 'CMD'] },
    start: `FROM alpine:3.21.0
MAINTAINER team@example.com
ADD config.yaml /etc/app/config.yaml
ADD app /usr/local/bin/app
USER 10001
CMD ["app", "--config", "/etc/app/config.yaml"]
`,
    solution: `FROM alpine:3.21.0
LABEL org.opencontainers.image.authors="team@example.com"
COPY config.yaml /etc/app/config.yaml
COPY app /usr/local/bin/app
USER 10001
CMD ["app", "--config", "/etc/app/config.yaml"]
`,
  },
  {
    id: 'reproducible-base',
    topic: 'docker-operations',
    file: 'Dockerfile',
    title: t('Build from the same base every time', '언제나 같은 베이스로 빌드하기'),
    goal: t(
      'Make every build of this image, on any host and any day, start from the same base images.',
      '어느 호스트에서 언제 빌드하든 이 이미지가 같은 베이스 이미지에서 시작하게 하세요.',
    ),
    hints: [
      t(
        'Without a tag, FROM means `latest`, and `latest` moves with every push.',
        '태그가 없으면 FROM은 `latest`를 뜻하고, `latest`는 푸시할 때마다 움직입니다.',
      ),
      t('Both stages have a FROM line.', '두 스테이지 모두 FROM 줄이 있습니다.'),
      t(
        'Pin versions such as `golang:1.23.4` and `gcr.io/distroless/static-debian12:nonroot`; a digest is stricter still.',
        '`golang:1.23.4`, `gcr.io/distroless/static-debian12:nonroot`처럼 버전을 고정하세요. 다이제스트라면 더 엄격합니다.',
      ),
    ],
    targets: ['no-latest-base-image'],
    keep: { instructions: ['FROM', 'COPY', 'CMD'] },
    start: `FROM golang AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:latest
COPY --from=build /out/app /app
USER 65532
CMD ["/app"]
`,
    solution: `FROM golang:1.23.4 AS build
WORKDIR /src
COPY . .
RUN CGO_ENABLED=0 go build -o /out/app .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/app /app
USER 65532
CMD ["/app"]
`,
  },
];
