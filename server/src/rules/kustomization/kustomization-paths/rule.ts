import path from 'node:path';
import { isScalar } from 'yaml';
import type { KustomizationContext } from '../../../engine/kustomization/context';
import { renamePathEdit } from '../../rename-path';
import type { TextEdit } from '../../../engine/types';
import { defineKustomizationRule } from '../../../engine/rule';
import { lastKey } from '../../../kustomize/decode';
import { namedPaths, type NamedPath, type PathFacts } from '../../../kustomize/surroundings';
import { KUSTOMIZATION_FILES, kustomizationFile } from '../example-files';
import { KUSTOMIZATION_PATHS_MESSAGES } from './messages';

export default defineKustomizationRule({
  id: 'kustomization-paths',
  title: {
    en: 'Name files and folders kustomize can load',
    ko: 'kustomize가 불러올 수 있는 파일과 폴더 적기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['kubernetes-operations'],
  description: {
    en: 'A kustomization is a list of what to build: every resource, component, patch, generator file and CRD it names must be where it says. A renamed or deleted file, a folder without a kustomization of its own, a Component listed under `resources:`, or a file outside the kustomization’s folder (which kustomize refuses to load by default) stops `kustomize build` and every `kubectl apply -k` of the overlays above it, and the message only says which path it was accumulating.',
    ko: 'kustomization은 무엇을 빌드할지 적은 목록이므로, 적힌 리소스, 컴포넌트, 패치, 생성기 파일, CRD가 모두 그 자리에 있어야 합니다. 이름이 바뀌었거나 지워진 파일, 자체 kustomization이 없는 폴더, `resources:` 아래의 Component, kustomization 폴더 밖의 파일(kustomize는 기본적으로 불러오기를 거부함)이 있으면 `kustomize build`와 그 위 오버레이의 모든 `kubectl apply -k`가 멈추며, 메시지는 어떤 경로를 모으던 중이었는지만 알려 줍니다.',
  },
  remediation: {
    en: 'Correct the path, create the file or the folder’s kustomization, or move the entry where its kind belongs (`resources:` for kind Kustomization, `components:` for kind Component).',
    ko: '경로를 고치거나, 파일이나 폴더의 kustomization을 만들거나, 항목을 그 종류에 맞는 자리(kind Kustomization은 `resources:`, kind Component는 `components:`)로 옮기세요.',
  },
  exceptions: {
    en: 'A file a build step writes before `kustomize build` runs (a generated `.env`, say) is reported until it exists; `# cntutor ignore=kustomization-paths` on the line before keeps the entry. Remote resources (URLs, `github.com/…?ref=…`) are not checked.',
    ko: '`kustomize build` 전에 빌드 단계가 만드는 파일(생성되는 `.env` 등)은 생길 때까지 보고됩니다. 앞 줄에 `# cntutor ignore=kustomization-paths`를 쓰면 유지됩니다. 원격 리소스(URL, `github.com/…?ref=…`)는 검사하지 않습니다.',
  },
  peers: {},
  noPeer:
    'hadolint, kube-linter, kube-score and Polaris do not read kustomization files, and schema validators check each file alone; `kustomize build` finds a missing path only when it runs.',
  example: {
    bad: kustomizationFile({ replace: { '  - service.yaml': '  - svc.yaml' } }),
    good: kustomizationFile(),
    files: KUSTOMIZATION_FILES,
  },
  messages: KUSTOMIZATION_PATHS_MESSAGES,
  fix: 'unsafe',
  check(ctx) {
    const { file } = ctx;
    if (file.problems.length > 0 || !file.root) return;
    const listed = new Set<string>();
    for (const named of namedPaths(file.document, file.root)) {
      if (named.path[0] === 'resources' && named.role === 'resource') {
        const normal = path.posix.normalize(named.written.replace(/\\/g, '/')).replace(/\/$/, '');
        if (listed.has(normal)) {
          ctx.report({ range: ctx.rangeOf(named.node), message: ctx.t('listedTwice', { written: named.written }) });
          continue;
        }
        listed.add(normal);
      }
      const facts = ctx.surroundings?.at(named.written);
      const message = problemOf(named, facts);
      if (!message) continue;
      const text = ctx.t(message.id, {
        written: named.written,
        file: ctx.fileName,
        field: lastKey(named.path) ?? '',
        kind: message.kind ?? '',
      });
      const closest = facts?.kind === 'missing' ? facts.closest : undefined;
      const edit = closest === undefined ? undefined : renameEdit(ctx, named, closest);
      ctx.report({
        range: ctx.rangeOf(named.node),
        message: closest === undefined ? text : `${text} ${ctx.t('closest', { closest })}`,
        // The closest name beside it is a guess at what was meant: a person confirms it.
        ...(edit && closest ? { fix: { title: ctx.t('fixClosest', { closest }), edits: [edit] } } : {}),
      });
    }
  },
});

/** What kustomize makes of a path, as a message id; undefined when it loads it. */
function problemOf(named: NamedPath, facts: PathFacts | undefined): { id: string; kind?: string } | undefined {
  const { role } = named;
  const outside = isOutside(named.written);
  if (!facts) {
    // Linted alone: only what the path says by itself.
    return outside && role !== 'resource' && role !== 'component' && role !== 'pluginConfig'
      ? { id: 'outsideRoot' }
      : undefined;
  }
  if (facts.kind === 'missing') {
    if (named.remoteIfMissing) return undefined;
    if (role === 'resource' || role === 'pluginConfig') return { id: 'missingResource' };
    return { id: role === 'component' ? 'missingComponent' : 'missingFile' };
  }
  if (role === 'resource' || role === 'component' || role === 'pluginConfig') {
    if (facts.kind === 'file') {
      if (role === 'component') return { id: 'componentFile' };
      return outside ? { id: 'outsideRoot' } : undefined;
    }
    if (facts.kustomization === undefined) return role === 'pluginConfig' ? undefined : { id: 'noKustomization' };
    if (role === 'resource' && facts.kustomization === 'Component') return { id: 'componentAsResource' };
    if (role === 'component' && facts.kustomization !== 'Component')
      return { id: 'resourceAsComponent', kind: facts.kustomization };
    return undefined;
  }
  if (facts.kind === 'folder') return { id: 'folderNotFile' };
  return outside ? { id: 'outsideRoot' } : undefined;
}

/** The entry rewritten to name `closest` instead, keeping a generator file's `key=`. */
function renameEdit(ctx: KustomizationContext, named: NamedPath, closest: string): TextEdit | undefined {
  const node = named.node;
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const value = node.value;
  const at = value.lastIndexOf(named.written);
  if (at < 0) return undefined;
  return renamePathEdit(ctx.file.index, node, value, at, named.written, closest);
}

/** Whether a path leaves the kustomization's folder: kustomize loads files only from inside it. */
function isOutside(written: string): boolean {
  if (path.posix.isAbsolute(written) || /^[A-Za-z]:[\\/]/.test(written)) return true;
  const normal = path.posix.normalize(written.replace(/\\/g, '/'));
  return normal === '..' || normal.startsWith('../');
}
