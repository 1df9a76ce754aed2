/**
 * The line a hover on a container's `image:` adds: the Dockerfile a link says builds it, so a
 * missing link shows, with the USER it runs as and the ports it exposes.
 */
import { exposedText } from '../engine/dockerfile/image-facts';
import { format } from '../engine/rule';
import type { Locale } from '../engine/types';
import type { ManifestWorkspace } from '../schema/workspace-index';
import { pathFrom } from '../schema/file-key';
import type { ImageHealthcheck } from '../engine/dockerfile/image-facts';
import type { ServiceImage } from '../engine/compose/service-image';
import type { ImageLink } from '../engine/workspace';
import { healthcheckText } from '../rules/kubernetes/healthcheck-probe';

const CONTAINER_LISTS = new Set(['containers', 'initContainers', 'ephemeralContainers']);

const TEXT = {
  en: {
    built: 'Built from `{dockerfile}`, as `{source}` states; {user}; {ports}{health}.',
    renamed: '`kustomize build` of `{kustomization}` runs it as `{image}`. ',
    user: 'its USER is `{user}`',
    noUser: 'it sets no USER',
    ports: 'it exposes {ports}',
    noPorts: 'it has no EXPOSE',
    health: '; its HEALTHCHECK runs `{check}`, which Kubernetes ignores: only probes check a container',
    healthNone: '; `HEALTHCHECK NONE` turns off any check of its base image',
    unread: 'Linked by `{source}` to `{dockerfile}`, which could not be read.',
    composeBuilt: 'Built from `{dockerfile}`; {user}; {ports}{health}.',
    composeLinked: 'Built from `{dockerfile}`, as `{source}` states; {user}; {ports}{health}.',
    composeHealth: '; its HEALTHCHECK runs `{check}`, which Compose uses unless `healthcheck` here replaces it',
  },
  ko: {
    built: '`{source}`에 따르면 `{dockerfile}`에서 만들어집니다. {user}. {ports}{health}.',
    renamed: '`{kustomization}`{을/를} `kustomize build`하면 `{image}`{으로/로} 실행됩니다. ',
    user: 'USER는 `{user}`입니다',
    noUser: 'USER를 정하지 않습니다',
    ports: '노출하는 포트는 {ports}입니다',
    noPorts: 'EXPOSE가 없습니다',
    health: '. HEALTHCHECK(`{check}`)는 쿠버네티스가 무시하며, 쿠버네티스는 프로브로만 컨테이너를 검사합니다',
    healthNone: '. `HEALTHCHECK NONE`으로 베이스 이미지의 검사를 끕니다',
    unread: '`{source}`{이/가} `{dockerfile}`에 연결하지만 그 파일을 읽을 수 없습니다.',
    composeBuilt: '`{dockerfile}`에서 빌드합니다. {user}. {ports}{health}.',
    composeLinked: '`{source}`에 따르면 `{dockerfile}`에서 만들어집니다. {user}. {ports}{health}.',
    composeHealth: '. HEALTHCHECK는 `{check}`를 실행하며, 여기서 `healthcheck`로 바꾸지 않으면 Compose가 씁니다',
  },
};

/** The file that states a link, by its name, for a code span. */
const sourceName = (link: ImageLink): string => code(link.source.split(/[\\/]/).pop() ?? link.source);

/** Text for a code span: a backtick would end it. */
const code = (text: string): string => text.replace(/`/g, "'");

export function linkedImageLine(
  workspace: ManifestWorkspace,
  uri: string,
  path: readonly (string | number)[],
  value: string,
  locale: Locale = 'en',
): string | undefined {
  const [list, index, field] = path.slice(-3);
  if (field !== 'image' || typeof index !== 'number' || !CONTAINER_LISTS.has(String(list))) return undefined;
  const linked = workspace.imageFor(value, uri);
  if (!linked) return undefined;
  const text = TEXT[locale];
  const source = sourceName(linked.link);
  const dockerfile = code(linked.link.written);
  const renamed = linked.renamed
    ? format(text.renamed, {
        kustomization: code(pathFrom(uri, linked.renamed.root)),
        image: code(linked.renamed.reference),
      })
    : '';
  if (!linked.facts) return renamed + format(text.unread, { source, dockerfile });
  const { user, exposed } = linked.facts;
  const ports = [...new Set(exposed.map(exposedText))].map((port) => `\`${code(port)}\``).join(', ');
  return (
    renamed +
    format(text.built, {
      source,
      dockerfile,
      user: user ? format(text.user, { user: code(user.user) }) : text.noUser,
      ports: ports ? format(text.ports, { ports }) : text.noPorts,
      health: healthLine(linked.facts.healthcheck, text),
    })
  );
}

/**
 * The line a hover on a Compose service's `build` or `image` adds: the Dockerfile its image comes
 * from, with its USER, EXPOSE and HEALTHCHECK, as the Compose rules read them.
 */
export function composeImageLine(image: ServiceImage, locale: Locale = 'en'): string {
  const text = TEXT[locale];
  const { user, exposed, healthcheck } = image.facts;
  const ports = [...new Set(exposed.map(exposedText))].map((port) => `\`${code(port)}\``).join(', ');
  const source = image.link ? sourceName(image.link) : '';
  return format(image.via === 'build' ? text.composeBuilt : text.composeLinked, {
    source,
    dockerfile: code(image.written),
    user: user ? format(text.user, { user: code(user.user) }) : text.noUser,
    ports: ports ? format(text.ports, { ports }) : text.noPorts,
    health: healthLine(healthcheck, text, text.composeHealth),
  });
}

/** What the hover says of the image's HEALTHCHECK: nothing when it has none. */
function healthLine(check: ImageHealthcheck | undefined, text: (typeof TEXT)['en'], template = text.health): string {
  if (!check) return '';
  return check.kind === 'none' ? text.healthNone : format(template, { check: code(healthcheckText(check)) });
}
