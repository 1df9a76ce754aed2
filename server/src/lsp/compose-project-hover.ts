/**
 * The lines a hover on a Compose file's `include` or a service's `extends` adds: what the other
 * files bring into the project, as the index last read them, so a reader sees where a service a
 * `depends_on` names comes from without opening each file.
 */
import { parseDocument } from 'yaml';
import { format } from '../engine/rule';
import type { Locale } from '../engine/types';
import { includesOf } from '../schema/compose-includes';
import { fileKey, pathFrom } from '../schema/file-key';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { isRecord } from '../engine/plain-data';

const TEXT = {
  en: {
    includes: 'What `include:` brings into the project, as last read:',
    brings: '`{file}`: {names}',
    none: 'no services',
    unfollowed: '`{file}`: not followed (a remote source, or a path with a variable)',
    missing: '`{file}`: cannot be read ({reason})',
    unread: '`{file}`: not read yet',
    extends:
      'Takes the keys of service `{service}` in `{file}` (line {line}); the keys written here are merged over them.',
    extendsMissing: '`{file}` cannot be read: Compose refuses the file.',
    extendsNoService: '`{file}` defines no service `{service}`: Compose refuses the file.',
  },
  ko: {
    includes: '`include:`가 프로젝트에 가져오는 것(마지막으로 읽은 내용):',
    brings: '`{file}`: {names}',
    none: '서비스 없음',
    unfollowed: '`{file}`: 따라가지 않음(원격 소스이거나 변수가 든 경로)',
    missing: '`{file}`: 읽을 수 없음({reason})',
    unread: '`{file}`: 아직 읽지 않음',
    extends: '`{file}`의 서비스 `{service}`(줄 {line})의 키를 가져오고, 여기 적은 키를 그 위에 병합합니다.',
    extendsMissing: '`{file}` 파일을 읽을 수 없습니다. Compose가 파일을 거부합니다.',
    extendsNoService: '`{file}`에는 서비스 `{service}`가 없습니다. Compose가 파일을 거부합니다.',
  },
} as const;

type Key = keyof (typeof TEXT)['en'];

/** The hover line for the key at `path` of the Compose file at `uri`; undefined for other keys. */
export function composeProjectLine(
  workspace: ManifestWorkspace,
  uri: string,
  text: string,
  path: readonly string[],
  locale: Locale = 'en',
): string | undefined {
  const say = (key: Key, data: Record<string, string> = {}): string => format(TEXT[locale][key], data);
  const isInclude = path.length === 1 && path[0] === 'include';
  const isExtends = path.length === 3 && path[0] === 'services' && path[2] === 'extends';
  if (!isInclude && !isExtends) return undefined;
  const key = fileKey(uri);
  let plain: unknown;
  try {
    plain = parseDocument(text, { prettyErrors: false, logLevel: 'silent', merge: true }).toJS({ maxAliasCount: 100 });
  } catch {
    return undefined;
  }
  if (isInclude) {
    const includes = includesOf(plain, key);
    if (!includes || includes.length === 0) return undefined;
    const lines = includes.flatMap((include) => {
      if (include.files.length === 0) return [say('unfollowed', { file: include.written })];
      return include.files.map((file) => {
        const shown = pathFrom(key, file);
        const read = workspace.composeServiceNames(file);
        if (!read) return say('unread', { file: shown });
        if ('missing' in read) return say('missing', { file: shown, reason: read.missing });
        const names = read.names.length > 0 ? read.names.map((name) => `\`${name}\``).join(', ') : say('none');
        return say('brings', { file: shown, names });
      });
    });
    return [say('includes'), ...lines.map((line) => `- ${line}`)].join('\n');
  }
  const services = isRecord(plain) && isRecord(plain.services) ? plain.services : {};
  const service = services[path[1] ?? ''];
  const extended = isRecord(service) ? service.extends : undefined;
  if (!isRecord(extended) || typeof extended.file !== 'string' || typeof extended.service !== 'string')
    return undefined;
  const data = { file: extended.file, service: extended.service };
  const found = workspace.composeServiceIn(uri, extended.file, extended.service);
  if (found.found) return say('extends', { ...data, line: String(found.found.range.start.line + 1) });
  if (found.file === 'missing') return say('extendsMissing', data);
  return found.file === 'no-service' ? say('extendsNoService', data) : undefined;
}
