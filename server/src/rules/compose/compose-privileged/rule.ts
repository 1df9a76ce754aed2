import { isScalar } from 'yaml';
import { holdsAnchor, removeMapEntry } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { ComposeService } from '../../../engine/compose/parse';
import { composeFile } from '../example-files';

/** The strings Compose reads as true for a boolean field (compose-go casts them after interpolation). */
const TRUE_WORDS = new Set(['true', 'yes', 'y', 'on']);

/** Docker-in-Docker: the daemon inside cannot run unprivileged, so removing the flag only breaks it. */
const DIND_IMAGE = /(^|\/)docker:[^@\s]*dind/i;

export function isPrivileged(service: ComposeService): boolean {
  const flag = service.value.privileged;
  return flag === true || (typeof flag === 'string' && TRUE_WORDS.has(flag.trim().toLowerCase()));
}

export default defineComposeRule({
  id: 'compose-privileged',
  title: {
    en: 'Do not run Compose services privileged',
    ko: 'Compose 서비스를 특권 모드로 실행하지 않기',
  },
  severity: 'error',
  concept: 'least-privilege',
  topics: ['containers', 'docker-operations'],
  description: {
    en: '`privileged: true` gives the container every Linux capability, every device of the host, and turns off the seccomp and AppArmor profiles that confine it. A process that breaks into the container, through any bug in the application, can then mount the host’s disks, load kernel modules and take over the host and every other container on it. Almost no application needs this.',
    ko: '`privileged: true`는 컨테이너에 모든 리눅스 케이퍼빌리티와 호스트의 모든 장치를 주고, 컨테이너를 가두는 seccomp와 AppArmor 프로필을 끕니다. 애플리케이션의 어떤 버그로든 컨테이너에 들어온 프로세스는 호스트의 디스크를 마운트하고 커널 모듈을 적재해 호스트와 그 위의 다른 모든 컨테이너를 손에 넣을 수 있습니다. 이것이 필요한 애플리케이션은 거의 없습니다.',
  },
  remediation: {
    en: 'Remove `privileged: true`. If the program needs one kernel feature, grant only that: one capability with `cap_add` (`NET_BIND_SERVICE` to bind a low port, say), or one device with `devices:` (`/dev/ttyUSB0:/dev/ttyUSB0`, `/dev/dri` for a GPU).',
    ko: '`privileged: true`를 지우세요. 프로그램에 커널 기능 하나가 필요하다면 그것만 주세요. `cap_add`로 케이퍼빌리티 하나(낮은 포트를 열려면 `NET_BIND_SERVICE` 등)를, 또는 `devices:`로 장치 하나(`/dev/ttyUSB0:/dev/ttyUSB0`, GPU라면 `/dev/dri`)를 줍니다.',
  },
  exceptions: {
    en: 'Sometimes privilege is the point: Docker-in-Docker (`docker:dind`, CI runners that build images), system tools that manage the host (some VPN, storage or monitoring agents), and hardware access that no single device or capability covers. Before suppressing, try the narrower grant (`cap_add` of one capability, `devices:`, or a rootless builder such as BuildKit rootless or kaniko instead of dind). Where privilege stays, say why on the line before: `# cntutor ignore=compose-privileged`.',
    ko: '특권 자체가 목적인 경우가 있습니다. Docker-in-Docker(`docker:dind`, 이미지를 빌드하는 CI 러너), 호스트를 관리하는 시스템 도구(일부 VPN, 스토리지, 모니터링 에이전트), 장치 하나나 케이퍼빌리티 하나로는 안 되는 하드웨어 접근입니다. 숨기기 전에 더 좁은 권한(`cap_add`로 케이퍼빌리티 하나, `devices:`, dind 대신 rootless BuildKit이나 kaniko 같은 rootless 빌더)을 먼저 시도하세요. 그래도 특권이 남는다면 바로 윗줄에 `# cntutor ignore=compose-privileged`로 이유와 함께 밝혀 두세요.',
  },
  peers: {},
  noPeer:
    'dclint, the Compose linter catalogued here, checks style and naming; it has no check about what a service may do to its host.',
  example: {
    bad: composeFile({ web: ['privileged: true'] }),
    good: composeFile(),
  },
  messages: {
    privileged: {
      en: 'Service "{name}" runs privileged: it has every capability and device of the host, and escaping it means owning the host.',
      ko: '서비스 "{name}"{이/가} 특권 모드로 실행됩니다. 호스트의 모든 케이퍼빌리티와 장치를 가지므로, 여기서 벗어나면 호스트를 손에 넣게 됩니다.',
    },
    fix: {
      en: 'Remove `privileged: true`',
      ko: '`privileged: true` 지우기',
    },
  },
  // The service loses every power it had beyond the default set; a program that needed one fails.
  fix: 'unsafe',
  check(ctx) {
    for (const service of ctx.services) {
      if (!isPrivileged(service)) continue;
      const written = service.node?.get('privileged', true);
      const image = service.value.image;
      const dind = typeof image === 'string' && DIND_IMAGE.test(image);
      // Only the flag written in this service as a plain value: an anchor's or an alias's is shared.
      const removable = service.node && isScalar(written) && !holdsAnchor(written) && !dind;
      const edit = removable && service.node ? removeMapEntry(ctx.file.index, service.node, 'privileged') : undefined;
      ctx.report({
        range: ctx.valueRange(service, 'privileged'),
        message: ctx.t('privileged', { name: service.name }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});
