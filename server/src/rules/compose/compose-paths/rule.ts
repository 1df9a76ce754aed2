import type { ComposeContext } from '../../../engine/compose/context';
import { renamePathEdit } from '../../rename-path';
import { defineComposeRule, type Report } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import { isGitIgnored } from '../../../files/git-ignored';
import { closestName, type FileSurroundings } from '../../../files/path-reader';
import { fileKey } from '../../../schema/file-key';
import { composeFile } from '../example-files';
import { COMPOSE_PATHS_MESSAGES } from './messages';
import { composeNamedPaths, type ComposeNamedPath } from '../named-paths';
import { projectFolder } from '../project-folder';

export default defineComposeRule({
  id: 'compose-paths',
  title: {
    en: 'Name files and folders Compose can find',
    ko: 'Compose가 찾을 수 있는 파일과 폴더 적기',
  },
  severity: 'error',
  concept: 'declarative-specs',
  topics: ['docker-operations'],
  description: {
    en: 'A Compose file names what it builds and mounts by path: build contexts and Dockerfiles, env files, secret and config files, included Compose files, bind-mounted folders. Relative paths start from the project’s folder (the first Compose file’s). A renamed or deleted file stops the project where it is read: a missing env file or include stops every `docker compose` command, a missing build context or Dockerfile stops the build, a missing secret file or long-syntax bind source stops the container. A short-syntax bind (`./nginx.conf:/etc/nginx/nginx.conf`) to nothing is worse: Docker quietly creates an empty folder there, and the container finds a folder where it expects its configuration file.',
    ko: 'Compose 파일은 빌드하고 마운트할 것을 경로로 적습니다. 빌드 컨텍스트와 Dockerfile, env 파일, 시크릿과 설정 파일, include한 Compose 파일, bind 마운트할 폴더가 그렇습니다. 상대 경로는 프로젝트 폴더(첫 Compose 파일의 폴더)에서 시작합니다. 이름이 바뀌었거나 지워진 파일은 그것을 읽는 곳에서 프로젝트를 멈춥니다. 없는 env 파일이나 include는 모든 `docker compose` 명령을, 없는 빌드 컨텍스트나 Dockerfile은 빌드를, 없는 시크릿 파일이나 긴 문법 bind의 원본은 컨테이너를 멈춥니다. 짧은 문법의 bind(`./nginx.conf:/etc/nginx/nginx.conf`)가 없는 경로를 가리키면 더 나쁩니다. Docker가 그 자리에 빈 폴더를 조용히 만들어, 컨테이너는 설정 파일을 기대한 자리에서 폴더를 보게 됩니다.',
  },
  remediation: {
    en: 'Correct the path, or create what it names before Compose runs (an env file from its template, a secret file). An env file that may be absent takes `required: false`; a long-syntax bind whose folder Docker may create takes `bind.create_host_path: true`.',
    ko: '경로를 고치거나, Compose를 실행하기 전에 그 파일을 만드세요(템플릿에서 만드는 env 파일, 시크릿 파일 등). 없어도 되는 env 파일에는 `required: false`를, Docker가 폴더를 만들어도 되는 긴 문법 bind에는 `bind.create_host_path: true`를 적으세요.',
  },
  exceptions: {
    en: 'A file a step writes before Compose runs (a `.env` copied from its template, a certificate a script makes) is reported until it exists; `# cntutor ignore=compose-paths` on the line before keeps the entry. Absolute paths and paths under `~` name the machine Compose runs on, and are not checked; nor are URLs and Git build contexts, paths a variable without a default completes, and short-syntax binds to a folder (Docker creating an empty folder is what a data folder wants). A file git ignores, or an env file with a template beside it (`.env.example`), is one each clone makes: its finding only informs. A `.docker/docker-compose.yaml`, read by Docker Desktop’s Dev Environments from the repository’s top, may name paths from either folder.',
    ko: 'Compose 실행 전에 어떤 단계가 만드는 파일(템플릿에서 복사하는 `.env`, 스크립트가 만드는 인증서 등)은 생길 때까지 보고됩니다. 앞 줄에 `# cntutor ignore=compose-paths`를 적으면 유지됩니다. 절대 경로와 `~` 아래 경로는 Compose가 실행되는 컴퓨터의 경로이므로 검사하지 않습니다. URL과 Git 빌드 컨텍스트, 기본값 없는 변수가 채우는 경로, 폴더를 가리키는 짧은 문법 bind(데이터 폴더라면 Docker가 빈 폴더를 만드는 것이 맞음)도 검사하지 않습니다. git이 무시하는 파일이나 옆에 템플릿(`.env.example`)이 있는 env 파일은 클론마다 만드는 파일이므로 알림으로만 보고합니다. Docker Desktop의 Dev Environments가 저장소 최상위에서 읽는 `.docker/docker-compose.yaml`은 두 폴더 중 어느 쪽 기준 경로든 됩니다.',
  },
  peers: {},
  noPeer:
    'dclint checks the form of each key, and `docker compose config` reads the env files and includes but not the build contexts, secrets and binds; hadolint and the Kubernetes linters do not read Compose files.',
  example: {
    bad: composeFile({ web: ['env_file: ./web.env'] }),
    good: composeFile({ web: ['env_file: ./config/web.env'] }),
    files: { 'config/web.env': 'LOG_FORMAT=json\n', 'db-password.txt': 'example\n' },
  },
  messages: COMPOSE_PATHS_MESSAGES,
  fix: 'unsafe',
  readsWorkspace: true,
  check(ctx) {
    const around = ctx.surroundings;
    const root = ctx.file.root;
    const base = around && projectFolder(ctx, around.paths);
    if (!around || !root || base === undefined || ctx.file.problems.length > 0) return;
    const devEnvironment = devEnvironmentFolder(ctx, around);
    for (const named of composeNamedPaths(root, ctx.variables?.values)) {
      // Compose goes on without an env file marked `required: false`.
      if (named.optional) continue;
      const report = reportOf(ctx, around, base, named);
      if (!report) continue;
      // A path that is there when read from the repository's top is what Dev Environments read.
      if (devEnvironment !== undefined && !reportOf(ctx, around, devEnvironment, named)) continue;
      ctx.report(report);
    }
  },
});

/**
 * Docker Desktop's Dev Environments read `.docker/docker-compose.yaml` with the repository's top
 * as the project's folder, so samples written for them name paths from there (docker/awesome-compose
 * has a dozen); `docker compose -f` reads them from `.docker`. Either is taken.
 */
function devEnvironmentFolder(ctx: ComposeContext, { paths }: FileSurroundings): string | undefined {
  const file = fileKey(ctx.uri);
  if (!/^docker-compose\.ya?ml$/.test(paths.basename(file))) return undefined;
  const folder = paths.dirname(file);
  return paths.basename(folder) === '.docker' && paths.isAbsolute(folder) ? paths.dirname(folder) : undefined;
}

function reportOf(
  ctx: ComposeContext,
  { reader, paths }: FileSurroundings,
  base: string,
  named: ComposeNamedPath,
): Report | undefined {
  const data = { written: named.written, owner: named.owner ?? '', target: named.target ?? '' };
  if (named.role === 'dockerfile') return dockerfileReport(ctx, { reader, paths }, base, named);
  const target = paths.resolve(base, named.written);
  const kind = reader.kindOf(target);
  if (kind === 'unknown') return undefined;
  if (named.role === 'context') {
    if (kind === 'folder') return undefined;
    if (kind === 'file') return { range: ctx.rangeOf(named.node), message: ctx.t('contextNotFolder', data) };
    const closest = closestName(named.written, target, reader, paths);
    return madeByEachClone(
      ctx,
      { reader, paths },
      target,
      named,
      withClosest(ctx, named, ctx.t('missingContext', data), closest),
    );
  }
  if (kind === 'file') return undefined;
  if (kind === 'folder') {
    // A folder at a bind's source is mounted as it is; elsewhere Compose reads a file.
    if (named.role === 'bindSource' || named.role === 'shortBindSource') return undefined;
    return { range: ctx.rangeOf(named.node), message: ctx.t('folderNotFile', data) };
  }
  const closest = closestName(named.written, target, reader, paths);
  let finding: Report;
  if (named.role === 'shortBindSource') {
    const name = paths.basename(target);
    if (!looksLikeFile(name)) return undefined;
    finding = withClosest(ctx, named, ctx.t('bindCreatesFolder', { ...data, name }), closest);
    finding = { ...finding, range: sourceRange(ctx, named), severity: 'warning' };
  } else finding = withClosest(ctx, named, ctx.t(MISSING[named.role], data), closest);
  return madeByEachClone(ctx, { reader, paths }, target, named, finding);
}

/**
 * A file each clone makes for itself — git leaves it out of the repository, or an env file's
 * template is beside it — is part of setting the project up, not a mistake in the file: the
 * finding says how it is made, and only informs, so a fresh clone's CI does not fail on it.
 */
function madeByEachClone(
  ctx: ComposeContext,
  { reader, paths }: FileSurroundings,
  target: string,
  named: ComposeNamedPath,
  finding: Report,
): Report {
  const template = named.role === 'envFile' ? envTemplate(reader, paths, target) : undefined;
  const ignored = isGitIgnored(target, reader, paths);
  if (template === undefined && !ignored) return finding;
  const notes = [
    ...(ignored ? [ctx.t('ignoredByGit', {})] : []),
    ...(template !== undefined ? [ctx.t('envTemplate', { template })] : []),
  ];
  return { ...finding, message: `${finding.message} ${notes.join(' ')}`, severity: 'info' };
}

const MISSING: Record<Exclude<ComposeNamedPath['role'], 'context' | 'dockerfile' | 'shortBindSource'>, string> = {
  envFile: 'missingEnvFile',
  labelFile: 'missingLabelFile',
  secretFile: 'missingSecretFile',
  configFile: 'missingConfigFile',
  include: 'missingInclude',
  bindSource: 'missingBindSource',
};

/**
 * A build's Dockerfile, relative to its context; only looked for when the context is a folder.
 * Without `dockerfile`, the builder takes `Dockerfile`, else `dockerfile`.
 */
function dockerfileReport(
  ctx: ComposeContext,
  { reader, paths }: FileSurroundings,
  base: string,
  named: ComposeNamedPath,
): Report | undefined {
  const context = named.context ?? '.';
  const folder = paths.resolve(base, context);
  if (reader.kindOf(folder) !== 'folder') return undefined;
  if (!named.defaultDockerfile) {
    if (paths.isAbsolute(named.written)) return undefined;
    const target = paths.resolve(folder, named.written);
    const kind = reader.kindOf(target);
    const data = { written: named.written, owner: named.owner ?? '', context };
    if (kind === 'unknown' || kind === 'file') return undefined;
    if (kind === 'folder') return { range: ctx.rangeOf(named.node), message: ctx.t('folderNotFile', data) };
    const closest = closestName(named.written, target, reader, paths);
    const finding = withClosest(ctx, named, ctx.t('missingDockerfile', data), closest);
    return madeByEachClone(ctx, { reader, paths }, target, named, finding);
  }
  const kinds = ['Dockerfile', 'dockerfile'].map((name) => reader.kindOf(paths.join(folder, name)));
  if (kinds.some((kind) => kind === 'file' || kind === 'unknown')) return undefined;
  let message = ctx.t('noDefaultDockerfile', { owner: named.owner ?? '', context });
  const others = (reader.list?.(folder) ?? []).filter((name) => /dockerfile/i.test(name)).sort();
  if (others.length > 0)
    message = `${message} ${ctx.t('otherDockerfiles', {
      names: others
        .slice(0, 3)
        .map((n) => `\`${n}\``)
        .join(', '),
    })}`;
  return { range: ctx.rangeOf(named.node), message };
}

/** The finding with "did you mean" and a fix renaming the path, when a name beside it is close. */
function withClosest(ctx: ComposeContext, named: ComposeNamedPath, message: string, closest?: string): Report {
  const range = ctx.rangeOf(named.node);
  if (closest === undefined) return { range, message };
  const text = `${message} ${ctx.t('closest', { closest })}`;
  const value = String(named.node.value);
  const at = value.indexOf(named.written);
  // Only a path written as it is read can be renamed in place; a default inside `${…}` is left alone.
  if (at < 0 || value.includes('$')) return { range, message: text };
  const edit = renamePathEdit(ctx.file.index, named.node, value, at, named.written, closest);
  // The closest name beside it is a guess at what was meant: a person confirms it.
  return edit
    ? { range, message: text, fix: { title: ctx.t('fixClosest', { closest }), edits: [edit] } }
    : { range, message: text };
}

/** A short-syntax bind's source within its entry (`./nginx.conf` of `./nginx.conf:/etc/nginx/nginx.conf:ro`). */
function sourceRange(ctx: ComposeContext, named: ComposeNamedPath): Range {
  const range = named.node.range;
  const value = String(named.node.value);
  const source = value.split(':')[0] ?? value;
  if (!range || named.node.type !== 'PLAIN' || source.includes('$')) return ctx.rangeOf(named.node);
  return ctx.file.index.rangeOf(range[0], range[0] + source.length);
}

/** A name with an extension (`nginx.conf`, `init.sql`) is a file; `conf.d` and dot-folders are folders. */
function looksLikeFile(name: string): boolean {
  return /^[^.].*\.[A-Za-z][A-Za-z0-9]{0,9}$/.test(name) && !/\.d$/.test(name);
}

/** The template a missing env file is usually copied from, beside it (`.env.example` for `.env`). */
function envTemplate(
  reader: FileSurroundings['reader'],
  paths: FileSurroundings['paths'],
  target: string,
): string | undefined {
  const name = paths.basename(target);
  for (const suffix of ['.example', '.sample', '.template', '.dist', '.tmpl', '.defaults'])
    if (reader.kindOf(`${target}${suffix}`) === 'file') return `${name}${suffix}`;
  return undefined;
}
