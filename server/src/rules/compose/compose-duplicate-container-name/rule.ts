import { defineComposeRule } from '../../../engine/rule';
import type { ComposeService } from '../../../engine/compose/parse';
import { isRecord } from '../../../engine/plain-data';
import { composeFile } from '../example-files';
import { inSeparateProfiles, readsAsSwarmStack, scaledToZero } from '../service-role';

/** The count `scale` or `deploy.replicas` asks for, with the key that asks, when above one. */
function scaledPast(service: ComposeService): { key: string; count: number } | undefined {
  const { scale, deploy } = service.value;
  if (typeof scale === 'number' && scale > 1) return { key: 'scale', count: scale };
  if (isRecord(deploy) && typeof deploy.replicas === 'number' && deploy.replicas > 1)
    return { key: 'deploy.replicas', count: deploy.replicas };
  return undefined;
}

export default defineComposeRule({
  id: 'compose-duplicate-container-name',
  title: {
    en: 'Give each container its own name',
    ko: '컨테이너마다 고유한 이름 주기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: '`container_name` replaces the name Compose makes up (`<project>-<service>-1`) with a fixed one, and Docker allows one container per name on a host. Two services with the same `container_name` cannot both exist: `docker compose up` creates the first and fails on the second with "Conflict. The container name … is already in use". For the same reason a service with a `container_name` cannot run more than one container: Compose refuses a `scale` or `deploy.replicas` above one for it ("container name must be unique").',
    ko: '`container_name`은 Compose가 만드는 이름(`<프로젝트>-<서비스>-1`)을 고정된 이름으로 바꾸고, Docker는 한 호스트에서 이름 하나에 컨테이너 하나만 허용합니다. 같은 `container_name`을 쓰는 두 서비스는 함께 존재할 수 없습니다. `docker compose up`은 첫 컨테이너를 만들고 두 번째에서 `Conflict. The container name … is already in use`로 실패합니다. 같은 이유로 `container_name`이 있는 서비스는 컨테이너를 둘 이상 실행할 수 없습니다. Compose는 그런 서비스에 1보다 큰 `scale`이나 `deploy.replicas`를 거부합니다(`container name must be unique`).',
  },
  remediation: {
    en: 'Rename one of the containers, or remove `container_name` and let Compose name them: other services reach a service by its service name on the Compose network, not by its container name. A service meant to run several copies must not have a `container_name`.',
    ko: '컨테이너 하나의 이름을 바꾸거나, `container_name`을 지우고 Compose가 이름을 짓게 하세요. 다른 서비스는 컨테이너 이름이 아니라 Compose 네트워크의 서비스 이름으로 서비스에 닿습니다. 여러 레플리카를 실행할 서비스에는 `container_name`을 두지 마세요.',
  },
  exceptions: {
    en: 'Services under profiles that share none (`cpu` and `gpu` variants of one server) are created together only when both profiles are enabled: their clash is reported as information. Services scaled to zero are not judged, nor scaled services in a swarm stack file, where `docker stack deploy` ignores `container_name`. dclint’s `# dclint disable-line no-duplicate-container-names` is honoured too.',
    ko: '공유하는 프로필이 없는 서비스(한 서버의 `cpu`와 `gpu` 변형)는 두 프로필을 함께 켤 때만 같이 만들어지므로 그 충돌은 정보로만 알립니다. 0으로 스케일된 서비스는 판단하지 않고, `docker stack deploy`가 `container_name`을 무시하는 스웜 스택 파일의 늘린 서비스도 판단하지 않습니다. dclint의 `# dclint disable-line no-duplicate-container-names`도 따릅니다.',
  },
  peers: { dclint: ['no-duplicate-container-names'] },
  example: {
    bad: composeFile({ web: ['container_name: shop-web', 'deploy:', '  replicas: 2'] }),
    good: composeFile({ web: ['container_name: shop-web'] }),
  },
  messages: {
    taken: {
      en: 'Service "{name}" names its container "{container}", as service "{other}" does on line {line}: `docker compose up` fails with "container name … is already in use".',
      ko: '서비스 "{name}"{이/가} {line}행의 서비스 "{other}"처럼 컨테이너 이름을 `{container}`{으로/로} 짓습니다. `docker compose up`이 `container name … is already in use`로 실패합니다.',
    },
    takenInOtherProfile: {
      en: 'Service "{name}" names its container "{container}", as service "{other}" does on line {line}: their profiles share none, but enabled together the second fails with "container name … is already in use".',
      ko: '서비스 "{name}"{이/가} {line}행의 서비스 "{other}"처럼 컨테이너 이름을 `{container}`{으로/로} 짓습니다. 두 서비스의 프로필은 겹치지 않지만, 함께 켜면 두 번째가 `container name … is already in use`로 실패합니다.',
    },
    scaled: {
      en: 'Service "{name}" has `container_name: {container}` and asks for {count} containers with `{key}`: one name cannot go to several containers, and Compose refuses the file.',
      ko: '서비스 "{name}"에 `container_name: {container}`{이/가} 있는데 `{key}`{으로/로} 컨테이너 {count}개를 요구합니다. 이름 하나를 여러 컨테이너에 줄 수 없어 Compose가 파일을 거부합니다.',
    },
    first: {
      en: 'The container name "{container}" is first given here, to service "{other}".',
      ko: '컨테이너 이름 `{container}`{은/는} 여기서 서비스 "{other}"에 처음 주어집니다.',
    },
  },
  check(ctx) {
    const swarm = ctx.file.value !== undefined && readsAsSwarmStack(ctx.file.value, ctx.services);
    const named = new Map<string, ComposeService[]>();
    for (const service of ctx.services) {
      const container = service.value.container_name;
      if (typeof container !== 'string' || container.trim() === '' || scaledToZero(service.value)) continue;
      // Two names written alike are alike after interpolation too, so a name with a variable still counts.
      const earlier = named.get(container) ?? [];
      const first = earlier.find((other) => !inSeparateProfiles(other.value, service.value)) ?? earlier[0];
      named.set(container, [...earlier, service]);
      const range = ctx.valueRange(service, 'container_name');
      if (first) {
        const separate = inSeparateProfiles(first.value, service.value);
        const firstRange = ctx.valueRange(first, 'container_name');
        const data = { name: service.name, other: first.name, container, line: firstRange.start.line + 1 };
        ctx.report({
          range,
          message: ctx.t(separate ? 'takenInOtherProfile' : 'taken', data),
          related: [{ range: firstRange, message: ctx.t('first', data) }],
          ...(separate ? { severity: 'info' as const } : {}),
        });
        continue;
      }
      const scaled = scaledPast(service);
      if (scaled && !swarm)
        ctx.report({ range, message: ctx.t('scaled', { name: service.name, container, ...scaled }) });
    }
  },
});
