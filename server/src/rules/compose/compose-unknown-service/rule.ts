import { isMap, isScalar, isSeq, type Node } from 'yaml';
import type { ComposeService } from '../../../engine/compose/parse';
import { defineComposeRule } from '../../../engine/rule';
import { CLEAN_WEB, composeFile } from '../example-files';
import type { ComposeContext } from '../../../engine/compose/context';
import { isBaseComposeFile } from '../file-role';
import { pathFrom } from '../../../schema/file-key';
import { isRecord } from '../../../engine/plain-data';
import { servicesEveryProjectDefines } from '../../../engine/compose/every-project';

/** A reference to another service, where it is written when the service's own map holds it. */
interface ServiceReference {
  name: string;
  key: string;
  node: Node | undefined;
}

export default defineComposeRule({
  id: 'compose-unknown-service',
  title: {
    en: 'Refer only to services the file defines',
    ko: '파일에 정의된 서비스만 가리키기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: '`depends_on`, `links`, `volumes_from`, `network_mode: "service:…"` and `extends` without `file` name other services of the project. When the name matches none, usually after a service was renamed or removed, or through a typo, Compose refuses the whole file: `docker compose up` fails with "depends on undefined service" or "service … not found" before any container starts. An `extends` with `file` names a service of that file, which must exist and define it.',
    ko: '`depends_on`, `links`, `volumes_from`, `network_mode: "service:…"`, `file` 없는 `extends`는 프로젝트의 다른 서비스를 가리킵니다. 서비스 이름이 바뀌었거나 지워졌거나 오타가 나서 그 이름에 맞는 서비스가 없으면 Compose는 파일 전체를 거부합니다. `docker compose up`은 컨테이너를 하나도 시작하기 전에 "depends on undefined service"나 "service … not found"로 실패합니다. `file`이 있는 `extends`는 그 파일의 서비스를 가리키며, 그 파일이 있고 그 서비스를 정의해야 합니다.',
  },
  remediation: {
    en: 'Correct the name to a service under `services:`, or remove the reference if that service is gone. For a container outside the project, `volumes_from` and `network_mode` take `container:<name>`.',
    ko: '이름을 `services:` 아래의 서비스로 고치거나, 그 서비스가 없어졌다면 참조를 지우세요. 프로젝트 밖의 컨테이너라면 `volumes_from`과 `network_mode`에 `container:<이름>`을 쓰세요.',
  },
  exceptions: {
    en: 'Compose merges several files into one project (`-f a.yaml -f b.yaml`, `compose.override.yaml`, `include:`), and a service may live in another of them. So a base file is judged (`compose.yaml`, `docker-compose.yml` and their `.yml`/`.yaml` twins) together with the override Compose reads with it (`compose.override.yaml`…), and an override together with its base, each with the services its `include:` brings in (followed through the included files’ own `include:`). A file another includes is judged with the whole project of the file that includes it, whatever its name; a file other files only `extends` services from is not judged. While an include cannot be followed (a remote source, a path with a variable, a file missing or with YAML errors) the file is not judged, nor are other files. A base file always run together with another that defines the service may say so with `# cntutor ignore=compose-unknown-service` on the line before. Names held in variables, and dependencies marked `required: false`, are not judged.',
    ko: 'Compose는 여러 파일을 하나의 프로젝트로 병합하고(`-f a.yaml -f b.yaml`, `compose.override.yaml`, `include:`), 서비스는 그중 다른 파일에 있을 수 있습니다. 그래서 기본 파일(`compose.yaml`, `docker-compose.yml`과 그 `.yml`/`.yaml` 짝)은 Compose가 함께 읽는 오버라이드(`compose.override.yaml`…)와 함께, 오버라이드는 그 기본 파일과 함께 판단하며, 어느 쪽이든 `include:`로 가져오는 서비스(포함된 파일의 `include:`까지 따라감)도 함께 봅니다. 다른 파일이 include하는 파일은 이름과 관계없이 그 파일을 include하는 파일의 프로젝트 전체와 함께 판단하고, 다른 파일이 서비스를 `extends`로 가져가기만 하는 파일은 판단하지 않습니다. 따라갈 수 없는 include(원격 소스, 변수가 든 경로, 없거나 YAML 오류가 있는 파일)가 있는 동안에는 판단하지 않으며, 그 밖의 파일도 판단하지 않습니다. 그 서비스를 정의하는 다른 파일과 늘 함께 실행하는 기본 파일이라면 앞 줄에 `# cntutor ignore=compose-unknown-service`를 적어 밝히세요. 변수에 담긴 이름과 `required: false`인 의존성은 판단하지 않습니다.',
  },
  peers: {},
  noPeer:
    'dclint reads each service on its own and checks the form of its keys; it does not resolve references between services.',
  example: {
    bad: composeFile({
      webOnly: [
        ...CLEAN_WEB.slice(0, CLEAN_WEB.indexOf('depends_on:')),
        'depends_on:',
        '  database:',
        '    condition: service_healthy',
      ],
    }),
    good: composeFile(),
  },
  messages: {
    unknown: {
      en: 'Service "{name}" refers in `{key}` to "{target}", which this file does not define: Compose refuses the file.',
      ko: '서비스 "{name}"{이/가} `{key}`에서 이 파일에 정의되지 않은 "{target}"{을/를} 가리킵니다. Compose가 파일을 거부합니다.',
    },
    extendsUnknown: {
      en: 'Service "{name}" extends "{target}" from {file}, which does not define it: Compose refuses the file.',
      ko: '서비스 "{name}"{은/는} {file}의 "{target}"{을/를} `extends`로 가져오지만, 그 파일에는 그런 서비스가 없습니다. Compose가 파일을 거부합니다.',
    },
    extendsMissingFile: {
      en: 'Service "{name}" extends "{target}" from {file}, which does not exist or cannot be read: Compose refuses the file.',
      ko: '서비스 "{name}"{은/는} {file}의 "{target}"{을/를} `extends`로 가져오지만, 그 파일은 없거나 읽을 수 없습니다. Compose가 파일을 거부합니다.',
    },
    unknownInProject: {
      en: 'Service "{name}" refers in `{key}` to "{target}", which neither this file nor {partner}, read with it, defines: Compose refuses the project.',
      ko: '서비스 "{name}"{이/가} `{key}`에서 "{target}"{을/를} 가리키지만, 이 파일도 함께 읽는 {partner}도 그것을 정의하지 않습니다. Compose가 프로젝트를 거부합니다.',
    },
  },
  readsWorkspace: true,
  check(ctx) {
    // A file's own `extends` names a file and a service there, whatever project the file is part of.
    for (const service of ctx.services) checkExtendedFile(ctx, service);
    // An override is judged with its base, when the index holds it: together they are the project.
    // So is each file of a `COMPOSE_FILE` list, with the others.
    const listed = ctx.projectFiles?.listedIn !== undefined;
    // A file another includes is judged with the project it is part of, whatever its name.
    const includedBy = ctx.included?.includedBy;
    const project = isBaseComposeFile(ctx.uri) || ctx.hasBase || listed || includedBy !== undefined;
    // Services an include or a list entry the index cannot follow may be the ones named.
    if (!project || ctx.includesUnfollowed || ctx.projectMissesFiles) return;
    // A file other files extend services from holds parts of services, which run where they are extended.
    if (!includedBy && !listed && ctx.workspace?.isNamedComposeFile?.(ctx.uri)) return;
    const others = otherFiles(ctx);
    const defined = new Set(ctx.projectNames());
    // A `services:` that is not a map of maps cannot be judged name by name.
    const written = ctx.file.value?.services;
    if (!written || typeof written !== 'object') return;
    for (const name of Object.keys(written)) defined.add(name);
    // A file several lists name: a service each of its projects defines, each in its own file, is known.
    for (const { name } of servicesEveryProjectDefines(ctx.projectFiles)) defined.add(name);
    for (const service of ctx.services)
      for (const reference of referencesOf(service)) {
        if (defined.has(reference.name) || reference.name.includes('$')) continue;
        ctx.report({
          range: reference.node ? ctx.rangeOf(reference.node) : ctx.keyRange(service, reference.key),
          message: others
            ? ctx.t('unknownInProject', { ...data(service, reference), partner: others })
            : ctx.t('unknown', data(service, reference)),
        });
      }
  },
});

/** An `extends: { file, service }` whose file the index could not read, or which does not define the service. */
function checkExtendedFile(ctx: ComposeContext, service: ComposeService): void {
  const extended = service.value.extends;
  if (!isRecord(extended) || typeof extended.file !== 'string' || typeof extended.service !== 'string') return;
  if (`${extended.file}${extended.service}`.includes('$')) return;
  const result = ctx.workspace?.composeServiceIn?.(ctx.uri, extended.file, extended.service);
  if (!result || result.found || result.file === 'unread') return;
  const missing = result.file === 'missing';
  const node = service.node?.get('extends', true);
  const at = isMap(node) ? node.get(missing ? 'file' : 'service', true) : undefined;
  const data = { name: service.name, target: extended.service, file: extended.file };
  ctx.report({
    range: isScalar(at) ? ctx.rangeOf(at) : ctx.keyRange(service, 'extends'),
    message: ctx.t(missing ? 'extendsMissingFile' : 'extendsUnknown', data),
  });
}

/** The project's other files, as a reader knows them: the list's or the partner, then the included files. */
function otherFiles(ctx: ComposeContext): string | undefined {
  const files = [
    ...new Set([...ctx.projectFileUris, ...(ctx.included?.services ?? []).map((service) => service.uri)]),
  ].map((uri) => pathFrom(ctx.uri, uri));
  if (files.length === 0) return undefined;
  return files.length > 3 ? `${files.slice(0, 3).join(', ')}…` : files.join(', ');
}

const data = (service: ComposeService, reference: ServiceReference): Record<string, string> => ({
  name: service.name,
  key: reference.key,
  target: reference.name,
});

function referencesOf(service: ComposeService): ServiceReference[] {
  const found: ServiceReference[] = [];
  const value = service.value;
  const own = (key: string): unknown => service.node?.get(key, true);

  const dependsOn = value.depends_on;
  if (Array.isArray(dependsOn)) {
    for (const name of dependsOn)
      if (typeof name === 'string') found.push(listItem(own('depends_on'), name, 'depends_on'));
  } else if (isRecord(dependsOn)) {
    const node = own('depends_on');
    for (const [name, settings] of Object.entries(dependsOn)) {
      if (isRecord(settings) && settings.required === false) continue;
      const pair = isMap(node) ? node.items.find((item) => isScalar(item.key) && item.key.value === name) : undefined;
      found.push({ name, key: 'depends_on', node: pair?.key as Node | undefined });
    }
  }

  const listed = (key: string, nameOf: (entry: string) => string | undefined): void => {
    const entries = value[key];
    if (!Array.isArray(entries)) return;
    const node = own(key);
    for (const entry of entries) {
      if (typeof entry !== 'string') continue;
      const name = nameOf(entry);
      if (name) found.push({ ...listItem(node, entry, key), name });
    }
  };
  // `db` or `db:alias`.
  listed('links', (entry) => entry.split(':')[0]);
  // `db`, `db:ro`, `service:db:rw`; `container:name` is a container outside the project.
  listed('volumes_from', (entry) => {
    if (entry.startsWith('container:')) return undefined;
    const parts = entry.replace(/^service:/, '').split(':');
    return parts[0];
  });

  const networkMode = value.network_mode;
  if (typeof networkMode === 'string' && networkMode.startsWith('service:'))
    found.push({
      name: networkMode.slice('service:'.length),
      key: 'network_mode',
      node: scalarNode(own('network_mode')),
    });

  const extended = value.extends;
  if (typeof extended === 'string') found.push({ name: extended, key: 'extends', node: scalarNode(own('extends')) });
  else if (isRecord(extended) && extended.file === undefined && typeof extended.service === 'string') {
    const node = own('extends');
    found.push({
      name: extended.service,
      key: 'extends',
      node: isMap(node) ? scalarNode(node.get('service', true)) : undefined,
    });
  }
  return found.filter((reference) => reference.name !== '');
}

function listItem(node: unknown, entry: string, key: string): ServiceReference {
  const item = isSeq(node)
    ? node.items.find((candidate) => isScalar(candidate) && candidate.value === entry)
    : undefined;
  return { name: entry, key, node: item as Node | undefined };
}

function scalarNode(node: unknown): Node | undefined {
  return isScalar(node) ? node : undefined;
}
