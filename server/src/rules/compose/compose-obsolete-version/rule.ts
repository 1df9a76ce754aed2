import { keyNodeIn } from '../../../engine/compose/context';
import { removeMapEntry } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import { composeFile } from '../example-files';

export default defineComposeRule({
  id: 'compose-obsolete-version',
  title: {
    en: 'Leave out the obsolete `version` of a Compose file',
    ko: 'Compose 파일의 쓸모없는 `version` 빼기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: 'The top-level `version` of a Compose file chose a file format in Compose v1 (`2.4`, `3.8`…). Docker Compose v2 follows the Compose Specification, which has no versions: it ignores the key and warns "the attribute `version` is obsolete" on every command. Keeping it suggests that features of later formats are unavailable, or that `3.x` limits apply, when neither is true.',
    ko: 'Compose 파일 맨 위의 `version`은 Compose v1에서 파일 형식(`2.4`, `3.8` 등)을 골랐습니다. Docker Compose v2는 버전이 없는 Compose Specification을 따르므로 이 키를 무시하고, 명령마다 "the attribute `version` is obsolete" 경고를 냅니다. 남겨 두면 나중 형식의 기능을 쓸 수 없다거나 `3.x`의 제약이 적용된다고 오해하게 되지만, 둘 다 사실이 아닙니다.',
  },
  remediation: {
    en: 'Delete the `version:` line. To pin behaviour, pin the Docker Compose release your team uses instead.',
    ko: '`version:` 줄을 지우세요. 동작을 고정하려면 팀이 쓰는 Docker Compose 릴리스를 고정하세요.',
  },
  exceptions: {
    en: 'A file still run with the Python `docker-compose` v1 needs it; that tool is no longer maintained.',
    ko: '아직 파이썬 `docker-compose` v1로 실행하는 파일에는 필요합니다. 그 도구는 더 이상 유지보수되지 않습니다.',
  },
  peers: { dclint: ['no-version-field'] },
  example: {
    bad: composeFile({ head: ["version: '3.8'"] }),
    good: composeFile(),
  },
  messages: {
    obsolete: {
      en: 'The top-level `version` ("{version}") is obsolete: Docker Compose ignores it and warns on every command.',
      ko: '맨 위의 `version`("{version}"){은/는} 쓸모없습니다. Docker Compose는 이를 무시하고 명령마다 경고합니다.',
    },
    fix: {
      en: 'Remove the `version` line',
      ko: '`version` 줄 지우기',
    },
  },
  // Compose v2 ignores the key, so deleting it changes nothing it runs.
  fix: 'safe',
  check(ctx) {
    const root = ctx.file.root;
    const key = keyNodeIn(root, 'version');
    if (!root || !key) return;
    const value = ctx.file.value?.version;
    const edit = removeMapEntry(ctx.file.index, root, 'version');
    ctx.report({
      range: ctx.rangeOf(key),
      message: ctx.t('obsolete', { version: typeof value === 'string' || typeof value === 'number' ? value : '' }),
      ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
    });
  },
});
