import type { From, Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { runsAsRootByDefault } from '../../root-images';
import type { DockerfileContext, Stage } from '../../../engine/dockerfile/context';
import { baseImageOf, commandName } from '../support';
import { stageChain } from '../stages';

/** Users that hold every privilege: root by name or id, and the Windows container administrator. */
const ROOT_USER = /^(root|0|containeradministrator)(:.*)?$/i;
/**
 * Image variants published to run unprivileged by default (distroless `:nonroot`, Ubuntu chiselled
 * .NET images, rootless builds, `nginx-unprivileged`, Bitnami's images). Without a USER line the
 * image's own user applies, so stay quiet.
 */
const NON_ROOT_VARIANT = /non-?root|rootless|chiseled|unprivileged|(^|\/)bitnami\//i;
/**
 * Images whose own Dockerfile ends with a non-root USER: Prometheus' (`nobody`), Grafana (472),
 * Jenkins, Keycloak (1000), fabric8's Java images (185), Chainguard's (65532; not the `-dev`
 * variants), and Red Hat's language images (UBI and RHEL s2i builders and runtimes, 1001 or 185).
 */
const NON_ROOT_IMAGES = [
  /(^|\/)(prom|quay\.io\/prometheus)\/(?!busybox)[\w.-]+([:@]|$)/,
  /(^|\/)(grafana\/grafana(-oss|-enterprise)?|jenkins\/jenkins|keycloak\/keycloak|fabric8\/java-[\w.-]+)([:@]|$)/,
  /(^|\/)cgr\.dev\/chainguard\/[\w.-]+(:(?![\w.-]*-dev\b)[\w.-]+)?(@|$)/,
  /^registry\.(access\.)?redhat\.(com|io)\/(ubi\d+|rhel\d+|dotnet|rhscl|openjdk)\/(nodejs|python|ruby|php|perl|openjdk|dotnet|s2i-|[\w]+-\d+-(rhel|ubi)\d)/,
];
/** Windows base images choose their default user per image; only an explicit USER can be judged. */
const WINDOWS_IMAGE = /windows|nanoserver|servercore/i;
const PRIVILEGE_DROPPERS = new Set(['gosu', 'su-exec', 'setpriv']);

export default defineDockerfileRule({
  id: 'non-root-user',
  title: {
    en: 'Run the final image as an unprivileged user',
    ko: '최종 이미지를 권한 없는 사용자로 실행하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  description: {
    en: "Unless a Dockerfile says otherwise, the container process runs as root. If the process is compromised, an attacker holds root inside the container, one kernel bug away from the node. Most applications need no privilege at all once the image is built. This project judges the user of the final image: the last stage and the stages it builds FROM. Build stages may stay root, since only what `COPY --from` takes from them reaches the image. Images that run `gosu`/`su-exec` in a RUN are taken to drop privileges in their entrypoint and are left alone, and so are base images published to run unprivileged (distroless `:nonroot`, Bitnami, Chainguard, Prometheus, Grafana, Red Hat's language images and others), whose own USER applies.",
    ko: 'Dockerfile이 따로 정하지 않으면 컨테이너 프로세스는 root로 실행됩니다. 프로세스가 침해되면 공격자는 컨테이너 안에서 root를 쥐게 되고, 커널 버그 하나면 노드까지 넘어갑니다. 대부분의 애플리케이션은 이미지가 만들어진 뒤에는 아무 권한도 필요 없습니다. 이 프로젝트는 최종 이미지의 사용자, 즉 마지막 스테이지와 그것이 FROM으로 바탕으로 삼는 스테이지들의 사용자를 판단합니다. 빌드 스테이지는 root로 남아도 됩니다. 거기서는 `COPY --from`이 가져가는 것만 이미지에 들어가기 때문입니다. RUN에서 `gosu`/`su-exec`를 설치하는 이미지는 엔트리포인트에서 권한을 내려놓는 것으로 보고 건드리지 않습니다. 권한 없이 실행되도록 배포되는 베이스 이미지(distroless `:nonroot`, Bitnami, Chainguard, Prometheus, Grafana, Red Hat 언어 이미지 등)도 그 이미지의 USER가 적용되므로 건드리지 않습니다.',
  },
  remediation: {
    en: 'Create a user in the final stage and switch to it after the steps that need root, e.g. `RUN adduser -D -u 10001 app` then `USER 10001`. A numeric id also lets Kubernetes enforce `runAsNonRoot`.',
    ko: '최종 스테이지에서 사용자를 만들고 root가 필요한 단계 뒤에 그 사용자로 바꾸세요. 예: `RUN adduser -D -u 10001 app` 다음 `USER 10001`. 숫자 ID를 쓰면 쿠버네티스가 `runAsNonRoot`를 검증할 수도 있습니다.',
  },
  peers: { hadolint: ['DL3002'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
  },
  messages: {
    noUserOtherBase: {
      en: 'The final stage never sets USER, so the container runs as whatever user {base} sets: root, unless that image sets a USER of its own. Set an unprivileged USER here so the Dockerfile says it.',
      ko: '마지막 스테이지에 USER가 없어 컨테이너는 {base}{이/가} 정한 사용자로 실행됩니다. 그 이미지가 자기 USER를 정하지 않았다면 root입니다. 여기서 권한 없는 USER를 정해 Dockerfile에 드러내세요.',
    },
    noUser: {
      en: 'The final stage never sets USER, so the container runs as root.',
      ko: '마지막 스테이지에 USER가 없어 컨테이너가 root로 실행됩니다.',
    },
    rootUser: {
      en: 'The final image runs as "{user}"; switch to an unprivileged USER after the steps that need root.',
      ko: '최종 이미지가 "{user}"{으로/로} 실행됩니다. root가 필요한 단계 뒤에 권한 없는 USER로 바꾸세요.',
    },
  },
  check(ctx) {
    const final = ctx.stages[ctx.stages.length - 1];
    if (!final) return;
    const user = lastUser(final, (stage) => ctx.file.parentStage(stage));
    if (user) {
      const name = user.getRawArgumentsContent()?.trim() ?? '';
      const range = user.getArgumentsRange();
      if (range && ROOT_USER.test(name)) ctx.report({ range, message: ctx.t('rootUser', { user: name }) });
      return;
    }
    if (dropsPrivilegesAtRuntime(ctx, final)) return;
    let root: Stage = final;
    for (let parent = ctx.file.parentStage(root); parent; parent = ctx.file.parentStage(parent)) root = parent;
    const from = root.from as From;
    const written = from.getImage() ?? '';
    const base = baseImageOf(ctx.file, from);
    if (written.toLowerCase() !== 'scratch' && !base) return;
    // Files on scratch with nothing to start (`docker build --output` exports, binaries for other
    // images to copy): no container runs from it as it is.
    if (!base && !stageChain(ctx.file, final).some(startsSomething)) return;
    if (base && [NON_ROOT_VARIANT, ...NON_ROOT_IMAGES, WINDOWS_IMAGE].some((image) => image.test(base.resolved)))
      return;
    // Only scratch and the official images known to set no user surely run as root.
    const known = !base || runsAsRootByDefault(base.resolved);
    ctx.report({
      range: final.from.getRange(),
      message: known ? ctx.t('noUser') : ctx.t('noUserOtherBase', { base: base.resolved }),
    });
  },
});

/**
 * Images that install and exercise gosu/su-exec start as root only to hand over to an unprivileged
 * user in their entrypoint (the pattern of the official database images); USER would break that.
 */
function dropsPrivilegesAtRuntime(ctx: DockerfileContext, final: Stage): boolean {
  const seen = new Set<Stage>();
  for (let stage: Stage | undefined = final; stage && !seen.has(stage); stage = ctx.file.parentStage(stage)) {
    seen.add(stage);
    for (const instruction of stage.instructions) {
      if (ctx.file.runCommands(instruction)?.some((c) => PRIVILEGE_DROPPERS.has(commandName(c)))) return true;
    }
  }
  return false;
}

/** The USER in effect at the end of a stage, following `FROM <stage>` back to where it was set. */
function lastUser(stage: Stage, parentOf: (stage: Stage) => Stage | undefined): Instruction | undefined {
  const seen = new Set<Stage>();
  for (let current: Stage | undefined = stage; current && !seen.has(current); current = parentOf(current)) {
    seen.add(current);
    const users = current.instructions.filter((i) => i.getKeyword() === 'USER');
    const last = users[users.length - 1];
    if (last) return last;
  }
  return undefined;
}

function startsSomething(stage: Stage): boolean {
  return stage.instructions.some((instruction) => /^(CMD|ENTRYPOINT)$/.test(instruction.getKeyword()));
}
