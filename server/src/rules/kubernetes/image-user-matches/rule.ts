import { isScalar } from 'yaml';
import type { KubernetesWorkspaceContext } from '../../../engine/kubernetes/context';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import { defineKubernetesRule } from '../../../engine/rule';
import type { Fix } from '../../../engine/types';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { flagOf } from '../support';
import {
  effectiveSetting,
  imageRelated,
  isWindowsPodOf,
  linkedContainers,
  runsAsRootByDefault,
  type LinkedContainer,
} from '../linked-images';

const LINK = 'images:\n  registry.example.com/shop/web: Dockerfile\n';
const DOCKERFILE =
  'FROM python:3.12-slim\nRUN useradd -u 10001 -m app\nWORKDIR /app\nCOPY . .\nUSER app\nCMD ["python", "app.py"]\n';

export default defineKubernetesRule({
  id: 'image-user-matches',
  title: {
    en: "Match the pod's user settings to the USER of its image",
    ko: '파드의 사용자 설정을 이미지의 USER와 맞추기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['kubernetes-operations', 'containers'],
  description: {
    en: "With `runAsNonRoot: true` the kubelet looks at the image before it starts the container, and it can only check a number. An image whose USER is a name (`USER app`) fails with CreateContainerConfigError: `container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root`. An image that sets no USER, or USER 0, fails with `container has runAsNonRoot and image will run as root`. Neither file shows the problem alone: this rule reads the Dockerfile that builds the container's image, only where a link says which one (`images:` in `.cntutor.yaml`, a `skaffold.yaml` artifact, or a GitHub Actions `docker/build-push-action` step), never by file or folder names. The image is looked up by the name the manifest writes, and by the name each kustomization that builds the manifest gives it (an `images:` entry's `newName`). An image without USER is judged only when it builds on scratch or on a Docker Official Image known to run as root (`alpine`, `debian`, `node`, `python`…): other base images may set a user of their own. A numeric `runAsUser` that differs from a numeric USER is a warning: the image may have given its files to its own user.",
    ko: '`runAsNonRoot: true`이면 kubelet은 컨테이너를 시작하기 전에 이미지를 보는데, 숫자만 확인할 수 있습니다. USER가 이름(`USER app`)인 이미지는 CreateContainerConfigError로 실패합니다: `container has runAsNonRoot and image has non-numeric user (app), cannot verify user is non-root`. USER가 없거나 USER 0인 이미지는 `container has runAsNonRoot and image will run as root`로 실패합니다. 어느 파일만 봐서는 드러나지 않으므로, 이 규칙은 컨테이너 이미지를 만드는 Dockerfile을 읽습니다. 어느 Dockerfile인지는 링크가 밝힌 곳(`.cntutor.yaml`의 `images:`, `skaffold.yaml`의 아티팩트, GitHub Actions의 `docker/build-push-action` 단계)에서만 가져오며, 파일이나 폴더 이름으로 짐작하지 않습니다. 이미지는 매니페스트에 적힌 이름으로, 그리고 매니페스트를 빌드하는 각 kustomization이 `images:` 항목의 `newName`으로 바꾼 이름으로 찾습니다. USER가 없는 이미지는 scratch나 root로 실행된다고 알려진 Docker 공식 이미지(`alpine`, `debian`, `node`, `python`…) 위에 만들 때만 판단합니다. 다른 베이스 이미지는 자기 사용자를 정했을 수 있습니다. 숫자 `runAsUser`가 숫자 USER와 다르면 경고합니다: 이미지가 파일을 자기 사용자에게 주었을 수 있습니다.',
  },
  remediation: {
    en: "Give the image a numeric user (`RUN useradd -u 10001 app` then `USER 10001`), or set `runAsUser` to that id in the container's `securityContext`. The quick fix writes `runAsUser` only when the Dockerfile itself creates the named user with an explicit id (`useradd -u 10001 app`, `adduser -u 10001 -D app`); otherwise it offers none, since only the built image knows the id of a name.",
    ko: '이미지에 숫자 사용자를 주거나(`RUN useradd -u 10001 app` 다음 `USER 10001`), 컨테이너의 `securityContext`에서 `runAsUser`를 그 ID로 설정하세요. 빠른 수정은 Dockerfile이 그 이름의 사용자를 ID를 밝혀 만들 때(`useradd -u 10001 app`, `adduser -u 10001 -D app`)에만 `runAsUser`를 씁니다. 그 밖에는 이름의 ID를 만들어진 이미지만 알기 때문에 수정을 제안하지 않습니다.',
  },
  exceptions: {
    en: 'A user the base image defines by name (`USER node`) has an id only that image knows: write it as `runAsUser` (`node` is 1000). When the link points at another Dockerfile than the one deployed, correct the link; to keep a finding, suppress it with `# cntutor ignore=image-user-matches` and the reason.',
    ko: '베이스 이미지가 이름으로 정한 사용자(`USER node`)의 ID는 그 이미지만 압니다. `runAsUser`로 적어 주세요(`node`는 1000). 링크가 배포되는 것과 다른 Dockerfile을 가리키면 링크를 고치고, 결과를 남겨 두려면 `# cntutor ignore=image-user-matches`와 이유를 적으세요.',
  },
  peers: {},
  noPeer:
    'hadolint reads only Dockerfiles, and kube-linter, kube-score and Polaris only manifests: none sees the Dockerfile that builds the image a container runs, which this check needs.',
  example: {
    bad: deployment({ container: containerWith({ securityContext: securityContextWith({ runAsUser: undefined }) }) }),
    good: deployment(),
    files: { '.cntutor.yaml': LINK, Dockerfile: DOCKERFILE },
  },
  messages: {
    named: {
      en: 'Container "{name}" sets runAsNonRoot, but its image is built by {dockerfile} to run as the user name "{user}", which the kubelet cannot verify: the container fails to start (CreateContainerConfigError). Set a numeric runAsUser, or a numeric USER.',
      ko: '컨테이너 "{name}"{은/는} runAsNonRoot를 설정했지만 이미지는 {dockerfile}에서 사용자 이름 "{user}"{으로/로} 실행되도록 만들어져 kubelet이 확인할 수 없습니다. 컨테이너가 시작되지 못합니다(CreateContainerConfigError). 숫자 runAsUser나 숫자 USER를 쓰세요.',
    },
    rootUser: {
      en: 'Container "{name}" sets runAsNonRoot, but its image is built by {dockerfile} to run as root (USER {user}): the kubelet refuses to start it (CreateContainerConfigError). Give the image an unprivileged numeric USER, or set runAsUser.',
      ko: '컨테이너 "{name}"{은/는} runAsNonRoot를 설정했지만 이미지는 {dockerfile}에서 root(USER {user})로 실행되도록 만들어져 kubelet이 시작을 거부합니다(CreateContainerConfigError). 이미지에 권한 없는 숫자 USER를 주거나 runAsUser를 설정하세요.',
    },
    noUser: {
      en: 'Container "{name}" sets runAsNonRoot, but its image, built by {dockerfile} on {base}, sets no USER and runs as root: the kubelet refuses to start it (CreateContainerConfigError). Give the image an unprivileged numeric USER, or set runAsUser.',
      ko: '컨테이너 "{name}"{은/는} runAsNonRoot를 설정했지만 {base} 위에 {dockerfile}{으로/로} 만든 이미지는 USER가 없어 root로 실행되므로 kubelet이 시작을 거부합니다(CreateContainerConfigError). 이미지에 권한 없는 숫자 USER를 주거나 runAsUser를 설정하세요.',
    },
    differs: {
      en: 'Container "{name}" runs as user {runAsUser}, but its image is built by {dockerfile} to run as {user}: files the image gives to {user} may not be readable or writable by {runAsUser}.',
      ko: '컨테이너 "{name}"{은/는} 사용자 {runAsUser}{으로/로} 실행되지만 이미지는 {dockerfile}에서 {user}{으로/로} 실행되도록 만들어졌습니다. 이미지가 {user}에게 준 파일을 {runAsUser}{이/가} 읽거나 쓰지 못할 수 있습니다.',
    },
    relatedUser: { en: 'the USER of image {image}', ko: '이미지 {image}의 USER' },
    relatedNoUser: {
      en: 'the final stage of image {image}, which sets no USER',
      ko: 'USER를 정하지 않은 이미지 {image}의 마지막 스테이지',
    },
    relatedLink: {
      en: 'where {image} is said to be built by this Dockerfile',
      ko: '{image}{을/를} 이 Dockerfile이 만든다고 밝힌 곳',
    },
    fix: {
      en: 'Run as user {uid}, the id {dockerfile} gives "{user}"',
      ko: '{dockerfile}에서 "{user}"에게 주는 ID {uid}{으로/로} 실행',
    },
  },
  fix: 'unsafe',
  checkWorkspace(ctx) {
    // A pod-level runAsUser is one setting: it is reported once per Dockerfile, not once per container.
    const reported = new Set<string>();
    for (const linked of linkedContainers(ctx)) {
      if (isWindowsPodOf(linked.object)) continue;
      checkContainer(ctx, linked, reported);
    }
  },
});

function checkContainer(ctx: KubernetesWorkspaceContext, linked: LinkedContainer, reported: Set<string>): void {
  const { object, container, facts, link } = linked;
  const nonRoot = effectiveSetting(object, container, 'runAsNonRoot');
  const runAsUser = effectiveSetting(object, container, 'runAsUser');
  const uid = runAsUser && isScalar(runAsUser.node) ? runAsUser.node.value : undefined;
  // A runAsUser that is no whole number is the schema's to report; what the kubelet does with it is unknown.
  if (runAsUser && (typeof uid !== 'number' || !Number.isInteger(uid))) return;
  const user = facts.user;
  const data = { name: container.name, dockerfile: link.written, image: link.repository };
  const related = (noUser: boolean): ReturnType<typeof imageRelated> =>
    imageRelated(
      linked,
      user?.range ?? facts.from,
      ctx.t(noUser ? 'relatedNoUser' : 'relatedUser', data),
      ctx.t('relatedLink', data),
    );
  if (runAsUser && typeof uid === 'number') {
    const key = `${ctx.objects.indexOf(object)}\u0000${runAsUser.path.join('.')}\u0000${link.dockerfile}`;
    if (user?.numeric && Number(user.user) !== uid && !reported.has(key)) {
      reported.add(key);
      ctx.report({
        range: ctx.valueRangeIn(object, runAsUser.path),
        message: ctx.t('differs', { ...data, runAsUser: uid, user: user.user }),
        severity: 'warning',
        related: related(false),
      });
    }
    return;
  }
  if (flagOf(nonRoot?.node)?.value !== true) return;
  if (!user) {
    if (!runsAsRootByDefault(facts.base)) return;
    ctx.report({
      range: linked.imageRange,
      message: ctx.t('noUser', { ...data, base: facts.base ?? '' }),
      related: related(true),
    });
    return;
  }
  // A variable's value is decided at build time; nothing here can tell it.
  if (!user.user || user.user.includes('$')) return;
  if (user.numeric ? Number(user.user) === 0 : user.user === 'root') {
    ctx.report({
      range: linked.imageRange,
      message: ctx.t('rootUser', { ...data, user: user.user }),
      related: related(false),
    });
    return;
  }
  if (user.numeric) return;
  const fix = user.uid !== undefined && user.uid > 0 ? runAsUserFix(ctx, linked, user.uid, user.user) : undefined;
  ctx.report({
    range: linked.imageRange,
    message: ctx.t('named', { ...data, user: user.user }),
    related: related(false),
    ...(fix ? { fix } : {}),
  });
}

/** `runAsUser: <uid>` in the container's own securityContext, where it wins over the pod's. */
function runAsUserFix(
  ctx: KubernetesWorkspaceContext,
  linked: LinkedContainer,
  uid: number,
  user: string,
): Fix | undefined {
  const edit = insertIntoMap(ctx.index, linked.container.node, ['securityContext'], [`runAsUser: ${uid}`]);
  return edit ? { title: ctx.t('fix', { uid, dockerfile: linked.link.written, user }), edits: [edit] } : undefined;
}
