/**
 * `cntutor images`: which Dockerfile builds each image the manifests run, as the cross-file rules
 * see it. A link that is missing, ambiguous or names an unreadable file leaves those rules silent;
 * this command says why.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isScalar } from 'yaml';
import type { ImageFacts } from '../engine/dockerfile/image-facts';
import { candidateKind } from '../engine/detect';
import { format as fill } from '../engine/rule';
import { parseYaml, nodeAt } from '../engine/kubernetes/parse';
import { containersOf } from '../engine/kubernetes/workloads';
import type { ImageLink } from '../engine/workspace';
import { imageRepository } from '../schema/image-links';
import { buildFileWorkspace } from '../schema/file-workspace';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { collectFiles } from './files';
import { readProjectConfig } from './lint-command';
import type { ParsedArgs } from './main';
import { parseLocale } from './locale';
import type { Locale } from '../engine/types';

/** A place in a file, 1-based as editors show it. */
interface Place {
  file: string;
  line: number;
  column: number;
}

interface ImageUse extends Place {
  object: string;
  container: string;
  image: string;
  /** What the kustomizations that build the file rename the image to, when they do. */
  kustomized?: string[];
}

interface ImageEntry {
  repository: string;
  /** The Dockerfile in use; undefined when the statements disagree. */
  dockerfile?: string;
  /** The stage its build stops at, when not the last. */
  target?: string;
  /** True when the Dockerfile was read but has no stage named `target`. */
  noStage?: boolean;
  statedIn: (Place & { dockerfile: string; from: ImageLink['from'] })[];
  /** The final image's facts; undefined when the Dockerfile could not be read. */
  image?: { base?: string; user?: string; uid?: number; exposed: string[]; healthcheck?: string };
  usedBy: ImageUse[];
}

interface ImagesReport {
  links: ImageEntry[];
  /** Dockerfiles Compose services build, which the Compose rules hold against those services, and the files that build each. */
  composeBuilds: { dockerfile: string; builtBy: string[] }[];
  /** Dockerfiles among the files given that no link names, and the container images no link pairs. */
  unlinked: { dockerfiles: string[]; images: ImageUse[] };
}

export function runImages(args: ParsedArgs): number {
  const format = (args.values.format as string | undefined) ?? 'text';
  if (format !== 'text' && format !== 'json') {
    process.stderr.write(`cntutor images: --format must be text or json, not "${format}"\n`);
    return 2;
  }
  const project = readProjectConfig(args.values.config as string | undefined);
  const locale = parseLocale(args.values.locale) ?? project?.config.locale ?? 'en';
  const files = collectFiles(args.positionals.length > 0 ? args.positionals : ['.']).map((target) => target.file);
  const workspace = buildFileWorkspace({
    files,
    baseDir: project ? path.dirname(project.file) : process.cwd(),
    ...(project?.links ? { configFile: project.links } : {}),
  });
  const report = imagesReport(workspace, files);
  for (const problem of workspace.problems()) process.stderr.write(`cntutor: ${problem.uri}: ${problem.message}\n`);
  process.stdout.write(format === 'json' ? `${JSON.stringify(report, null, 2)}\n` : imagesText(report, locale));
  return 0;
}

function imagesReport(workspace: ManifestWorkspace, files: readonly string[]): ImagesReport {
  const snapshot = workspace.snapshot();
  const facts = new Map(snapshot.images ?? []);
  const byRepository = new Map<string, ImageEntry>();
  for (const [, links] of snapshot.links ?? []) {
    for (const link of links) {
      const entry = byRepository.get(link.repository) ?? { repository: link.repository, statedIn: [], usedBy: [] };
      entry.statedIn.push({
        ...placeOf(link.source, link.range.start),
        dockerfile: shown(link.dockerfile),
        from: link.from,
      });
      byRepository.set(link.repository, entry);
    }
  }
  for (const entry of byRepository.values()) {
    const linked = workspace.imageFor(entry.repository);
    if (!linked) continue;
    entry.dockerfile = shown(linked.link.dockerfile);
    if (linked.link.target) entry.target = linked.link.target;
    // The facts of the stage the build stops at; none when the Dockerfile has no such stage.
    if (linked.facts) entry.image = describeImage(linked.facts);
    else if (facts.has(linked.link.dockerfile)) entry.noStage = true;
  }
  const unlinkedImages: ImageUse[] = [];
  for (const { path: file, ...use } of imageUses(files)) {
    const renamed = [...new Set(workspace.kustomizedImages(file, use.image).map((k) => k.reference))];
    if (renamed.some((reference) => reference !== use.image)) use.kustomized = renamed;
    // A container counts under each linked name it runs by: as written, and as each build renames it.
    const repositories = new Set([use.image, ...renamed].map(imageRepository));
    const entries = [...repositories].flatMap((repository) => byRepository.get(repository) ?? []);
    for (const entry of entries) entry.usedBy.push(use);
    if (entries.length === 0) unlinkedImages.push(use);
  }
  const named = new Set((snapshot.links ?? []).flatMap(([, links]) => links.map((link) => link.dockerfile)));
  const builtBy = new Map<string, string[]>();
  for (const [source, builds] of snapshot.builds ?? [])
    for (const { dockerfile } of builds) {
      const sources = builtBy.get(dockerfile) ?? [];
      // Two services may build one Dockerfile with different contexts: the file is named once.
      if (!sources.includes(shown(source))) builtBy.set(dockerfile, [...sources, shown(source)]);
    }
  const composeBuilds = [...builtBy]
    .filter(([dockerfile]) => !named.has(dockerfile))
    .map(([dockerfile, sources]) => ({ dockerfile: shown(dockerfile), builtBy: sources }))
    .sort((a, b) => (a.dockerfile < b.dockerfile ? -1 : 1));
  const unlinkedDockerfiles = files
    .filter((file) => candidateKind(file) === 'dockerfile' && !named.has(path.resolve(file)))
    .filter((file) => !builtBy.has(path.resolve(file)))
    .map(shown);
  // Written in the order a reader asks: which image, built where, stated where, what it sets, who runs it.
  const links = [...byRepository.values()]
    .sort((a, b) => (a.repository < b.repository ? -1 : 1))
    .map(({ repository, dockerfile, target, noStage, statedIn, image, usedBy }) => ({
      repository,
      ...(dockerfile ? { dockerfile } : {}),
      ...(target ? { target } : {}),
      ...(noStage ? { noStage } : {}),
      statedIn,
      ...(image ? { image } : {}),
      usedBy,
    }));
  return { links, composeBuilds, unlinked: { dockerfiles: unlinkedDockerfiles, images: unlinkedImages } };
}

function describeImage(facts: ImageFacts): NonNullable<ImageEntry['image']> {
  const image: NonNullable<ImageEntry['image']> = {
    exposed: facts.exposed.map((port) => `${port.port}/${port.protocol}`),
  };
  if (facts.base) image.base = facts.base;
  if (facts.user) image.user = facts.user.group ? `${facts.user.user}:${facts.user.group}` : facts.user.user;
  if (facts.user?.uid !== undefined) image.uid = facts.user.uid;
  if (facts.healthcheck)
    image.healthcheck = facts.healthcheck.kind === 'none' ? 'NONE' : (facts.healthcheck.command ?? []).join(' ');
  return image;
}

/** The containers of the manifests among `files`, with the place of each `image:`. */
function imageUses(files: readonly string[]): (ImageUse & { path: string })[] {
  const uses: (ImageUse & { path: string })[] = [];
  for (const file of files) {
    if (!/\.ya?ml$/i.test(file)) continue;
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch {
      continue;
    }
    const parsed = parseYaml(text);
    for (const object of parsed.objects) {
      for (const container of containersOf(object)) {
        const image = container.value.image;
        const node = nodeAt(object.root, [...container.path, 'image']);
        if (typeof image !== 'string' || !isScalar(node) || !node.range) continue;
        const at = parsed.index.positionAt(node.range[0]);
        uses.push({
          file: shown(file),
          line: at.line + 1,
          column: at.character + 1,
          object: `${object.kind ?? '?'}/${object.name ?? '?'}`,
          container: container.name,
          image,
          path: file,
        });
      }
    }
  }
  return uses;
}

function placeOf(file: string, start: { line: number; character: number }): Place {
  return { file: shown(file), line: start.line + 1, column: start.character + 1 };
}

/** Paths under the current folder as relative ones, as `cntutor lint` names files. */
function shown(file: string): string {
  const relative = path.relative(process.cwd(), file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

const TEXTS = {
  none: {
    en: 'No image links: state them with `images:` in .cntutor.yaml, skaffold.yaml artifacts, `docker/build-push-action` steps of GitHub Actions workflows, or Compose services with both `build` and `image`.',
    ko: '이미지 링크가 없습니다. .cntutor.yaml의 `images:`, skaffold.yaml의 아티팩트, GitHub Actions 워크플로의 `docker/build-push-action` 단계, 또는 `build`와 `image`를 함께 쓴 Compose 서비스로 밝히세요.',
  },
  disagree: { en: 'no Dockerfile: the statements below disagree', ko: 'Dockerfile 없음: 아래 선언이 서로 다릅니다' },
  stated: { en: 'stated in', ko: '선언한 곳' },
  unread: { en: 'the Dockerfile could not be read', ko: 'Dockerfile을 읽을 수 없습니다' },
  noStage: {
    en: 'the Dockerfile has no stage named {target}: the build fails',
    ko: 'Dockerfile에 {target}{이라는/라는} 단계가 없어 빌드가 실패합니다',
  },
  noUser: { en: '(none)', ko: '(없음)' },
  unused: { en: 'used by no container of the files given', ko: '주어진 파일의 어느 컨테이너도 쓰지 않습니다' },
  usedBy: { en: 'used by', ko: '사용하는 곳' },
  kustomized: { en: 'as kustomize builds it: {images}', ko: 'kustomize 빌드 결과: {images}' },
  unlinkedDockerfiles: {
    en: 'Dockerfiles no link names (add them to `images:` in .cntutor.yaml):',
    ko: '링크가 가리키지 않는 Dockerfile(.cntutor.yaml의 `images:`에 추가하세요):',
  },
  unlinkedImages: { en: 'Container images no link names:', ko: '링크가 가리키지 않는 컨테이너 이미지:' },
  composeBuilds: {
    en: 'Dockerfiles Compose services build, held against those services (name the image with `image:` to link manifests too):',
    ko: 'Compose 서비스가 빌드하는 Dockerfile로, 그 서비스와 비교합니다(매니페스트와도 연결하려면 `image:`로 이미지 이름을 적으세요):',
  },
  builtBy: { en: 'built by {files}', ko: '{files}에서 빌드' },
} satisfies Record<string, Record<Locale, string>>;

function imagesText({ links, composeBuilds, unlinked }: ImagesReport, locale: Locale): string {
  const t = (key: keyof typeof TEXTS): string => TEXTS[key][locale];
  const lines: string[] = [];
  if (links.length === 0) lines.push(t('none'), '');
  for (const entry of links) {
    const target = entry.target ? ` (--target ${entry.target})` : '';
    lines.push(`${entry.repository} → ${entry.dockerfile ? entry.dockerfile + target : t('disagree')}`);
    for (const stated of entry.statedIn)
      lines.push(`  ${t('stated')} ${stated.file}:${stated.line}:${stated.column} (${stated.dockerfile})`);
    const image = entry.image;
    if (entry.dockerfile && !image)
      lines.push(`  ${entry.noStage ? fill(t('noStage'), { target: entry.target ?? '' }) : t('unread')}`);
    if (image) {
      if (image.base) lines.push(`  FROM ${image.base}`);
      lines.push(`  USER ${image.user ?? t('noUser')}${image.uid !== undefined ? ` (uid ${image.uid})` : ''}`);
      if (image.exposed.length > 0) lines.push(`  EXPOSE ${image.exposed.join(' ')}`);
      if (image.healthcheck) lines.push(`  HEALTHCHECK ${image.healthcheck}`);
    }
    if (entry.usedBy.length === 0) lines.push(`  ${t('unused')}`);
    for (const use of entry.usedBy) {
      const renamed = use.kustomized ? ` ${fill(t('kustomized'), { images: use.kustomized.join(', ') })}` : '';
      lines.push(`  ${t('usedBy')} ${use.object} "${use.container}"${renamed} (${use.file}:${use.line}:${use.column})`);
    }
    lines.push('');
  }
  if (composeBuilds.length > 0) {
    lines.push(t('composeBuilds'));
    for (const build of composeBuilds)
      lines.push(`  ${build.dockerfile} (${fill(t('builtBy'), { files: build.builtBy.join(', ') })})`);
    lines.push('');
  }
  // Images no link names are only worth listing beside Dockerfiles that could build them.
  if (unlinked.dockerfiles.length > 0) {
    lines.push(t('unlinkedDockerfiles'));
    for (const dockerfile of unlinked.dockerfiles) lines.push(`  ${dockerfile}`);
    if (unlinked.images.length > 0) lines.push(t('unlinkedImages'));
    for (const use of unlinked.images) lines.push(`  ${use.image} (${use.file}:${use.line}:${use.column})`);
    lines.push('');
  }
  return lines.join('\n');
}
