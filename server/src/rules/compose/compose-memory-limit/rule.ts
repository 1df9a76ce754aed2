import { defineComposeRule } from '../../../engine/rule';
import { composeFile } from '../example-files';
import { isThrowawayVariant, readsAsOverride } from '../file-role';
import { isRecord } from '../../../engine/plain-data';
import { answeredInProject, completionDependencies, looksOneOff, setHereOrExtended } from '../service-role';

/** `mem_limit`, or `deploy.resources.limits.memory` (which `docker compose` applies as well as swarm). */
function hasMemoryLimit(value: Record<string, unknown>): boolean {
  if (value.mem_limit !== undefined && value.mem_limit !== null) return true;
  const deploy = value.deploy;
  const resources = isRecord(deploy) ? deploy.resources : undefined;
  const limits = isRecord(resources) ? resources.limits : undefined;
  return isRecord(limits) && limits.memory !== undefined && limits.memory !== null;
}

/** `restart: "no"`: the file says the service is a task that ends, as compose-restart-policy asks of one. */
function meantToStop(value: Record<string, unknown>): boolean {
  return value.restart === 'no' || value.restart === false;
}

/** The example's database with a limit of its own, so the ✅ file is clean with this rule on. */
function withDatabaseLimit(file: string): string {
  return file.replace('    image: postgres:16.4\n', '    image: postgres:16.4\n    mem_limit: 1g\n');
}

export default defineComposeRule({
  id: 'compose-memory-limit',
  title: {
    en: 'Cap the memory a service may use',
    ko: '서비스가 쓸 메모리에 상한 두기',
  },
  severity: 'info',
  concept: 'resource-management',
  topics: ['containers', 'docker-operations'],
  description: {
    en: 'Memory cannot be taken back from a process the way CPU time can. A container without a memory limit can grow until the host runs out, and then the kernel’s out-of-memory killer picks a victim among all processes of the host: another service of the stack, the Docker daemon, or sshd. With `mem_limit` (or `deploy.resources.limits.memory`) only the leaking container is killed, and its restart policy brings it back. The rule is off by default: a development stack on a laptop rightly runs without limits, and a server stack is where they pay off. Turn it on for the files you deploy.',
    ko: '메모리는 CPU 시간처럼 프로세스에서 되찾을 수 없습니다. 메모리 제한이 없는 컨테이너는 호스트가 바닥날 때까지 커질 수 있고, 그러면 커널의 OOM 킬러가 호스트의 모든 프로세스 중에서 희생자를 고릅니다. 스택의 다른 서비스, Docker 데몬, sshd일 수도 있습니다. `mem_limit`(또는 `deploy.resources.limits.memory`)이 있으면 새는 컨테이너만 종료되고 재시작 정책이 다시 올립니다. 이 규칙은 기본으로 꺼져 있습니다. 노트북의 개발용 스택은 제한 없이 실행하는 것이 맞고, 제한이 효과를 내는 곳은 서버의 스택입니다. 배포하는 파일에 켜세요.',
  },
  remediation: {
    en: 'Measure what the service uses under load (`docker stats`) and set a limit with headroom above it: `mem_limit: 512m`, or `deploy.resources.limits.memory: 512M`. A JVM or a database sizes its caches from its own settings, not from the limit: set those to fit inside it.',
    ko: '부하 상황에서 서비스가 쓰는 양을 재고(`docker stats`) 그보다 여유 있게 제한을 정하세요. `mem_limit: 512m` 또는 `deploy.resources.limits.memory: 512M`입니다. JVM이나 데이터베이스는 캐시 크기를 제한이 아니라 자신의 설정으로 정하므로 그 설정도 제한 안에 들도록 맞추세요.',
  },
  exceptions: {
    en: 'One-off services are left alone: a service another waits for with `condition: service_completed_successfully`, one under `profiles:`, one with `restart: "no"`, a job, and one scaled to zero. So are override files and development or test variants (`compose.override.yaml`, `docker-compose.dev.yml`), and services that `extends` one in another file. A service another file of the project (the base, an earlier file of a `COMPOSE_FILE` list) defines is judged there, and a limit any file of the project sets counts. A service that must use what the host has (a build runner, say) may say so with `# cntutor ignore=compose-memory-limit` on the line before it.',
    ko: '한 번 실행하고 끝나는 서비스는 보지 않습니다. 다른 서비스가 `condition: service_completed_successfully`로 기다리는 서비스, `profiles:` 아래의 서비스, `restart: "no"`인 서비스, 작업(job), 0으로 스케일된 서비스가 그렇습니다. 오버라이드 파일과 개발·테스트용 변형(`compose.override.yaml`, `docker-compose.dev.yml`), 다른 파일의 서비스를 `extends`하는 서비스도 보지 않습니다. 프로젝트의 다른 파일(기본 파일, `COMPOSE_FILE` 목록의 앞쪽 파일)이 정의하는 서비스는 그 파일에서 판단하고, 프로젝트의 어느 파일이 정한 제한이든 인정합니다. 호스트의 메모리를 다 써야 하는 서비스(빌드 러너 등)라면 앞 줄에 `# cntutor ignore=compose-memory-limit`를 적어 밝히세요.',
  },
  peers: {},
  noPeer:
    'dclint checks the form of a Compose file (order, quotes, names) and has no rule about the resources a service may take.',
  example: {
    bad: withDatabaseLimit(composeFile()),
    good: withDatabaseLimit(composeFile({ web: ['mem_limit: 512m'] })),
  },
  messages: {
    missing: {
      en: 'Service "{name}" has no memory limit: a leak can use up the host’s memory and get other services killed.',
      ko: '서비스 "{name}"에 메모리 제한이 없습니다. 메모리 누수가 호스트의 메모리를 다 써서 다른 서비스까지 종료되게 할 수 있습니다.',
    },
  },
  enabled: false,
  // The other files of the project (an override, a `COMPOSE_FILE` list) may set the limit.
  readsWorkspace: true,
  check(ctx) {
    if (readsAsOverride(ctx.uri, ctx.services) || isThrowawayVariant(ctx.uri)) return;
    const byName = new Map(ctx.services.map((service) => [service.name, service]));
    const awaitedToFinish = completionDependencies(ctx.services);
    for (const service of ctx.services) {
      if (awaitedToFinish.has(service.name) || looksOneOff(service.value) || meantToStop(service.value)) continue;
      if (setHereOrExtended(service, byName, hasMemoryLimit) || answeredInProject(ctx, service, hasMemoryLimit))
        continue;
      ctx.report({ range: ctx.rangeOf(service.key), message: ctx.t('missing', { name: service.name }) });
    }
  },
});
