import type { Instruction } from 'dockerfile-ast';
import { defineDockerfileRule } from '../../../engine/rule';
import { buildsOnWindows, finalImageInstructions } from '../stages';

/** Root is non-root-user's business; here only unprivileged names matter. */
const ROOT = /^(root|0|containeradministrator)$/i;

export default defineDockerfileRule({
  id: 'numeric-user',
  title: {
    en: 'Give the final USER as a numeric id',
    ko: '최종 USER는 숫자 ID로 쓰기',
  },
  severity: 'info',
  concept: 'least-privilege',
  topics: ['kubernetes-operations', 'linux-filesystem'],
  description: {
    en: 'Kubernetes can enforce `runAsNonRoot` only when it can tell from the image that the user is not root, and it cannot resolve a name such as `app` without looking inside the image: the pod is refused with "image has non-numeric user". A numeric id (`USER 10001`) states the answer. This judges the user the final image runs as, not the users of build stages.',
    ko: '쿠버네티스는 이미지만 보고 사용자가 root가 아님을 알 수 있을 때에만 `runAsNonRoot`를 강제할 수 있으며, `app` 같은 이름은 이미지 안을 들여다보지 않고는 풀 수 없습니다. 그래서 파드가 `image has non-numeric user`로 거부됩니다. 숫자 ID(`USER 10001`)는 답을 바로 적어 줍니다. 빌드 스테이지의 사용자가 아니라 최종 이미지가 실행되는 사용자를 판단합니다.',
  },
  remediation: {
    en: 'Create the user with a fixed id and switch to the number: `RUN adduser -D -u 10001 app` then `USER 10001` (or `USER 10001:10001`).',
    ko: '고정 ID로 사용자를 만들고 그 숫자로 바꾸세요: `RUN adduser -D -u 10001 app` 다음 `USER 10001`(또는 `USER 10001:10001`).',
  },
  peers: { hadolint: ['DL3066'] },
  example: {
    bad: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER node\nCMD ["node", "server.js"]\n',
    good: 'FROM node:22.11-alpine3.20\nWORKDIR /app\nCOPY server.js .\nUSER 1000\nCMD ["node", "server.js"]\n',
  },
  messages: {
    name: {
      en: 'The final image runs as the user name "{user}"; Kubernetes cannot check a name against runAsNonRoot, so give its numeric id.',
      ko: '최종 이미지가 사용자 이름 "{user}"{으로/로} 실행됩니다. 쿠버네티스는 이름으로는 runAsNonRoot를 확인할 수 없으니 숫자 ID를 쓰세요.',
    },
  },
  check(ctx) {
    const final = ctx.stages[ctx.stages.length - 1];
    if (final && buildsOnWindows(ctx.file, final)) return;
    const users = finalImageInstructions(ctx.file).filter((i) => i.getKeyword() === 'USER');
    const last = users[users.length - 1] as Instruction | undefined;
    const written = last?.getArguments()[0];
    if (!written) return;
    const user = written.getValue().split(':')[0] ?? '';
    if (!user || /^\d+$/.test(user) || user.includes('$') || ROOT.test(user)) return;
    ctx.report({ range: written.getRange(), message: ctx.t('name', { user }) });
  },
});
