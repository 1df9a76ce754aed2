import type { ComposeService } from '../../../engine/compose/parse';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import { isThrowawayVariant, readsAsOverride } from '../file-role';
import { CLEAN_WEB, composeFile } from '../example-files';
import { isRecord } from '../../../engine/plain-data';
import {
  answeredInProject,
  completionDependencies,
  looksOneOff,
  readsAsSwarmStack,
  setHereOrExtended,
} from '../service-role';

export default defineComposeRule({
  id: 'compose-restart-policy',
  title: {
    en: 'Let Docker restart a service that stops',
    ko: '멈춘 서비스를 Docker가 재시작하게 하기',
  },
  severity: 'info',
  concept: 'self-healing',
  topics: ['docker-operations'],
  description: {
    en: 'Without a restart policy a container that exits stays stopped: a crash, an out-of-memory kill or a failed connection at start takes the service down until someone runs `docker compose up` again. The same happens to every service of the stack when the Docker daemon restarts, as it does after a reboot or an engine upgrade. `restart: unless-stopped` (or `deploy.restart_policy`) has Docker start it again, with a growing delay between attempts, and leaves alone a container someone stopped on purpose.',
    ko: '재시작 정책이 없으면 종료된 컨테이너는 멈춘 채로 남습니다. 크래시, 메모리 부족으로 인한 강제 종료, 시작 시 연결 실패 하나로 누군가 `docker compose up`을 다시 실행할 때까지 서비스가 내려가 있습니다. 재부팅이나 엔진 업그레이드로 Docker 데몬이 재시작될 때도 스택의 모든 서비스가 그렇게 됩니다. `restart: unless-stopped`(또는 `deploy.restart_policy`)가 있으면 Docker가 시도 사이의 간격을 늘려 가며 다시 시작하고, 누군가 일부러 멈춘 컨테이너는 그대로 둡니다.',
  },
  remediation: {
    en: 'Add `restart: unless-stopped` to a long-running service (`always` also restarts one stopped by hand when the daemon restarts; `on-failure` only after a non-zero exit). For a one-off task, write `restart: "no"` to say it is meant to stop.',
    ko: '오래 실행되는 서비스에 `restart: unless-stopped`를 추가하세요(`always`는 손으로 멈춘 컨테이너도 데몬이 재시작될 때 다시 시작하고, `on-failure`는 0이 아닌 코드로 종료됐을 때만 재시작합니다). 한 번 실행하고 끝나는 작업이라면 멈추는 것이 의도임을 밝히도록 `restart: "no"`를 적으세요.',
  },
  exceptions: {
    en: 'One-off services are left alone: a service another waits for with `condition: service_completed_successfully` (a migration, an init job), one under `profiles:` (opt-in tools and tasks, often run with `docker compose run`), one whose `deploy.mode` is a job, and one scaled to zero. So are override files (`compose.override.yaml`, or a `-f` file with a service that names no image, build or `extends`), whose services are completed by the base file, and services that `extends` one in another file. A service another file of the project (the base, an earlier file of a `COMPOSE_FILE` list) defines is judged there, and a policy any file of the project sets counts. A development stack run in the foreground may do without: write `# cntutor ignore=compose-restart-policy` on the line before the service.',
    ko: '한 번 실행하고 끝나는 서비스는 보지 않습니다. 다른 서비스가 `condition: service_completed_successfully`로 기다리는 서비스(마이그레이션, 초기화 작업), `profiles:` 아래의 서비스(필요할 때만 켜는 도구와 작업으로, 흔히 `docker compose run`으로 실행), `deploy.mode`가 작업(job)인 서비스, 0으로 스케일된 서비스가 그렇습니다. 오버라이드 파일(`compose.override.yaml`, 또는 이미지도 빌드도 `extends`도 적지 않은 서비스가 있는 `-f` 파일)의 서비스도 기본 파일이 채우므로 보지 않고, 다른 파일의 서비스를 `extends`하는 서비스도 보지 않습니다. 프로젝트의 다른 파일(기본 파일, `COMPOSE_FILE` 목록의 앞쪽 파일)이 정의하는 서비스는 그 파일에서 판단하고, 프로젝트의 어느 파일이 정한 정책이든 인정합니다. 포그라운드에서 실행하는 개발용 스택이라면 없어도 됩니다. 서비스 앞 줄에 `# cntutor ignore=compose-restart-policy`를 적으세요.',
  },
  peers: {},
  noPeer:
    'dclint checks the form of a Compose file (order, quotes, names) and has no rule about how a service recovers from a crash.',
  example: {
    bad: composeFile({ webOnly: CLEAN_WEB.filter((line) => !line.startsWith('restart:')) }),
    good: composeFile(),
  },
  messages: {
    missing: {
      en: 'Service "{name}" has no restart policy: if it crashes, or the Docker daemon restarts, it stays stopped.',
      ko: '서비스 "{name}"에 재시작 정책이 없습니다. 크래시가 나거나 Docker 데몬이 재시작되면 멈춘 채로 남습니다.',
    },
    fix: {
      en: 'Add `restart: unless-stopped`',
      ko: '`restart: unless-stopped` 추가',
    },
  },
  // A restart policy changes how the service runs: a crash loop now repeats instead of stopping.
  fix: 'unsafe',
  // The other files of the project (an override, a `COMPOSE_FILE` list) may set the policy.
  readsWorkspace: true,
  check(ctx) {
    if (readsAsOverride(ctx.uri, ctx.services) || isThrowawayVariant(ctx.uri)) return;
    if (ctx.file.value && readsAsSwarmStack(ctx.file.value, ctx.services)) return;
    const byName = new Map(ctx.services.map((service) => [service.name, service]));
    const awaitedToFinish = completionDependencies(ctx.services);
    for (const service of ctx.services) {
      if (awaitedToFinish.has(service.name) || looksOneOff(service.value)) continue;
      if (restartKnown(service, byName) || answeredInProject(ctx, service, hasRestartPolicy)) continue;
      const edit = service.node && insertIntoMap(ctx.file.index, service.node, [], ['restart: unless-stopped']);
      ctx.report({
        range: ctx.rangeOf(service.key),
        message: ctx.t('missing', { name: service.name }),
        ...(edit ? { fix: { title: ctx.t('fix'), edits: [edit] } } : {}),
      });
    }
  },
});

const hasRestartPolicy = ({ restart, deploy }: Record<string, unknown>): boolean =>
  restart !== undefined || (isRecord(deploy) && deploy.restart_policy !== undefined);

/** Whether the service has a restart policy, or may have one through `extends`. */
function restartKnown(service: ComposeService, byName: ReadonlyMap<string, ComposeService>): boolean {
  return setHereOrExtended(service, byName, hasRestartPolicy);
}
