import { isMap, isScalar, type Node } from 'yaml';
import type { ComposeContext } from '../../../engine/compose/context';
import { replaceNode } from '../../../engine/kubernetes/yaml-edit';
import { defineComposeRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { firstLine, keyRange, locate, ownerRange, valueRange, wordEnd } from '../../../schema/locate';
import { composeFile } from '../example-files';
import { composeIssues, typeOf, type ComposeIssue, type TypeName } from './issues';
import { COMPOSE_SCHEMA_MESSAGES } from './messages';

export default defineComposeRule({
  id: 'compose-schema',
  title: {
    en: 'Write Compose files Docker Compose can read',
    ko: 'Docker Compose가 읽을 수 있는 Compose 파일 쓰기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['docker-operations'],
  description: {
    en: 'Docker Compose checks a file against the Compose Specification before it starts anything: a misspelt key (`enviroment`), a value of the wrong type or a name with a space stops `docker compose up` with an error, and it names the key but not the line. Checked here against the same specification as you type, with the line and the key Compose meant.',
    ko: 'Docker Compose는 무엇이든 시작하기 전에 파일을 Compose Specification에 비추어 검사합니다. 철자가 틀린 키(`enviroment`), 형식이 틀린 값, 공백이 든 이름이 있으면 `docker compose up`이 오류로 멈추며, 키는 알려 주지만 줄은 알려 주지 않습니다. 여기서는 같은 명세로 입력하는 동안 검사하고, 줄과 Compose가 뜻한 키를 함께 알려 줍니다.',
  },
  remediation: {
    en: 'Correct the key or value as the message says; the Compose Specification (docs.docker.com/reference/compose-file) lists every key. Keys of your own go under an `x-` prefix, which Compose ignores.',
    ko: '메시지대로 키나 값을 고치세요. 모든 키는 Compose Specification(docs.docker.com/reference/compose-file)에 있습니다. 직접 정의한 키는 Compose가 무시하는 `x-` 접두사 아래에 두세요.',
  },
  exceptions: {
    en: 'A key newer than the specification this release ships may be reported; Docker Compose itself is the judge, and `# cntutor ignore=compose-schema` on the line before keeps it.',
    ko: '이 릴리스에 든 명세보다 새로운 키는 잘못 보고될 수 있습니다. 판단은 Docker Compose가 하며, 앞 줄에 `# cntutor ignore=compose-schema`를 쓰면 유지됩니다.',
  },
  peers: { dclint: ['service-container-name-regex'] },
  example: {
    bad: composeFile({ web: ['enviroment:', '  DEBUG: "false"'] }),
    good: composeFile(),
  },
  messages: COMPOSE_SCHEMA_MESSAGES,
  // A suggested name is a guess at what was meant: a person confirms it.
  fix: 'unsafe',
  check(ctx) {
    const { file } = ctx;
    for (const problem of file.problems)
      ctx.report({
        range: file.index.rangeOf(problem.start, wordEnd(file.index.text, problem.start, problem.end)),
        message: ctx.t('yaml', { detail: problem.message.replace(/\.$/, '') }),
      });
    if (file.problems.length > 0) return;
    const contents = file.document.contents;
    if (!file.root) {
      if (contents && !(isScalar(contents) && contents.value === null))
        ctx.report({
          range: firstLine(ctx.file.index, ctx.rangeOf(contents)),
          message: ctx.t('notAMap', { actual: typeWord(ctx, typeOf(contents.toJSON())) }),
        });
      return;
    }
    const legacy = legacyService(ctx);
    if (legacy) {
      ctx.report({ range: ctx.rangeOf(legacy), message: ctx.t('version1', { name: String(legacy) }) });
      return;
    }
    for (const issue of composeIssues(file.value ?? {})) reportIssue(ctx, issue);
  },
});

function reportIssue(ctx: ComposeContext, issue: ComposeIssue): void {
  const root = ctx.file.root;
  if (!root) return;
  const index = ctx.file.index;
  // A path through a merged anchor has no node of its own: the nearest written ancestor stands in.
  const nearest = (path: string[], pick: typeof keyRange): Range => {
    for (let end = path.length; end > 0; end--) {
      const range = (end === path.length ? pick : keyRange)(index, root, path.slice(0, end));
      if (range) return range;
    }
    return index.rangeOf(0, 0);
  };
  const owner = ownerName(ctx, issue.path);
  switch (issue.code) {
    case 'unknown-key': {
      const path = [...issue.path, issue.key];
      const key = locate(root, path).pair?.key;
      const data = { key: issue.key, owner, ...(issue.suggestion ? { suggestion: issue.suggestion } : {}) };
      const edit = issue.suggestion && key && isScalar(key) ? replaceNode(index, key, issue.suggestion) : undefined;
      ctx.report({
        range: nearest(path, keyRange),
        message: ctx.t(issue.suggestion ? 'unknownKeySuggest' : 'unknownKey', data),
        ...(edit ? { fix: { title: ctx.t('fixRename', data), edits: [edit] } } : {}),
      });
      return;
    }
    case 'bad-name':
      ctx.report({
        range: nearest([...issue.path, issue.key], keyRange),
        message: ctx.t('badName', { key: issue.key, owner }),
      });
      return;
    case 'wrong-type':
      ctx.report({
        range: nearest(issue.path, valueRange),
        message: ctx.t('wrongType', {
          owner,
          expected: issue.expected.map((type) => typeWord(ctx, type)).join(ctx.t('or')),
          actual: typeWord(ctx, issue.actual),
        }),
      });
      return;
    case 'bad-enum':
      ctx.report({
        range: nearest(issue.path, valueRange),
        message: ctx.t(issue.suggestion ? 'badEnumSuggest' : 'badEnum', {
          value: issue.value,
          owner,
          allowed: issue.allowed.join(', '),
          ...(issue.suggestion ? { suggestion: issue.suggestion } : {}),
        }),
      });
      return;
    case 'missing-key':
      ctx.report({ range: nearest(issue.path, ownerRange), message: ctx.t('missingKey', { owner, key: issue.key }) });
      return;
    case 'duplicate-item':
      ctx.report({
        range: nearest(issue.path, keyRange),
        message: ctx.t('duplicateItem', { owner, value: issue.value }),
      });
      return;
    case 'pattern':
      ctx.report({
        range: nearest(issue.path, valueRange),
        message: ctx.t('pattern', { owner, value: issue.value, pattern: issue.pattern }),
      });
      return;
    case 'other':
      ctx.report({ range: nearest(issue.path, keyRange), message: ctx.t('other', { owner, detail: issue.detail }) });
  }
}

function typeWord(ctx: ComposeContext, type: TypeName): string {
  return ctx.t(`type.${type}`);
}

/**
 * The first top-level key of a file in the version 1 format, which put services at the top level
 * with no `services:` (Docker Compose v2 reads none of it): a key holding `image` or `build`.
 */
function legacyService(ctx: ComposeContext): Node | undefined {
  const root = ctx.file.root;
  const value = ctx.file.value;
  if (!root || !value || Object.hasOwn(value, 'services')) return undefined;
  for (const pair of root.items) {
    const inner = pair.value;
    if (isScalar(pair.key) && isMap(inner) && (inner.has('image') || inner.has('build'))) return pair.key;
  }
  return undefined;
}

/** How a message names the place: the top level, a service, or a key (in its service, if any). */
function ownerName(ctx: ComposeContext, path: readonly string[]): string {
  const key = [...path].reverse().find((segment) => !/^\d+$/.test(segment));
  if (path.length === 0 || key === undefined) return ctx.t('ownerTop');
  const service = path[0] === 'services' ? path[1] : undefined;
  if (service !== undefined && path.length === 2) return ctx.t('ownerService', { name: service });
  // `environment/0` is an item of the list, not the list.
  const item = /^\d+$/.test(path[path.length - 1] ?? '') ? 'Item' : '';
  if (service !== undefined) return ctx.t(`owner${item}KeyInService`, { key, name: service });
  return ctx.t(`owner${item}Key`, { key });
}
