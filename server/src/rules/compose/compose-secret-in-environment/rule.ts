import { defineComposeRule } from '../../../engine/rule';
import { isSecretLikeValue, isSecretName } from '../../kubernetes/secret-names';
import { CLEAN_WEB, composeFile } from '../example-files';
import { entryText, environmentEntries } from '../service-items';
import { isInterpolated, variablesRead, withDefaults } from '../../../engine/compose/interpolation';
import { pathFrom } from '../../../schema/file-key';
import { projectFolder } from '../project-folder';
import { committedEntries, envFileSecrets, relatedLine } from './env-secrets';
import type { DotenvEntry } from '../../../schema/compose-env';
import type { ComposeVariables } from '../../../engine/workspace';

export default defineComposeRule({
  id: 'compose-secret-in-environment',
  title: {
    en: 'Keep secrets out of a Compose file’s environment',
    ko: 'Compose 파일의 환경 변수에 비밀 값 쓰지 않기',
  },
  severity: 'warning',
  concept: 'declarative-specs',
  topics: ['docker-operations', 'cloud-native'],
  description: {
    en: 'A password or token written under `environment:` is part of the Compose file: it lands in Git history, in every copy of the repository and in CI logs, and anyone who can run `docker inspect` on the host reads it from the container’s environment, as can every process the service starts. Compose has `secrets:` for this: the value stays in a file kept out of the repository (or in a variable of the shell that runs Compose), and the service reads it from `/run/secrets/<name>`. Official images such as postgres, mysql and mariadb take a `_FILE` variable for each secret (`POSTGRES_PASSWORD_FILE: /run/secrets/db-password`) for exactly that. Moving the value to an `env_file`, or to the `.env` that fills in `${DB_PASSWORD}` (or a name alone, `- DB_PASSWORD`, which takes its value from there), helps only if git leaves that file out: one no `.gitignore` names is reported too, at the entry that reads it.',
    ko: '`environment:` 아래에 쓴 비밀번호나 토큰은 Compose 파일의 일부가 됩니다. Git 기록과 모든 저장소 사본, CI 로그에 남고, 호스트에서 `docker inspect`를 실행할 수 있는 사람은 누구나 컨테이너의 환경 변수에서 읽을 수 있으며, 서비스가 띄우는 모든 프로세스도 마찬가지입니다. Compose에는 이를 위한 `secrets:`가 있습니다. 값은 저장소 밖에 둔 파일(또는 Compose를 실행하는 셸의 변수)에 있고, 서비스는 `/run/secrets/<이름>`에서 읽습니다. postgres, mysql, mariadb 같은 공식 이미지는 바로 이를 위해 비밀 값마다 `_FILE` 변수를 받습니다(`POSTGRES_PASSWORD_FILE: /run/secrets/db-password`). 값을 `env_file`이나 `${DB_PASSWORD}`를 채우는 `.env`(이름만 적은 `- DB_PASSWORD`도 그 값을 받습니다)로 옮기는 것은 git이 그 파일을 빼야만 도움이 됩니다. 어떤 `.gitignore`에도 없는 파일은 그것을 읽는 항목에서 함께 보고합니다.',
  },
  remediation: {
    en: 'Declare the secret at the top level (`secrets: { db-password: { file: ./db-password.txt } }`, the file listed in `.gitignore`, or `environment: DB_PASSWORD` to take it from the shell), give it to the service with `secrets: [db-password]`, and point the image’s `_FILE` variable at `/run/secrets/db-password`. Where the program reads only the variable, write `${DB_PASSWORD}` and keep the value in an `.env` file outside Git.',
    ko: '맨 위에 시크릿을 선언하고(`secrets: { db-password: { file: ./db-password.txt } }`로 두고 그 파일을 `.gitignore`에 넣거나, 셸에서 받으려면 `environment: DB_PASSWORD`), 서비스에 `secrets: [db-password]`로 준 뒤, 이미지의 `_FILE` 변수가 `/run/secrets/db-password`를 가리키게 하세요. 프로그램이 변수만 읽는다면 `${DB_PASSWORD}`로 쓰고 값은 Git 밖의 `.env` 파일에 두세요.',
  },
  exceptions: {
    en: 'A value that only looks like a secret can stay: a throwaway password of a database that exists only on a developer’s machine, a documented placeholder, a public key. Say so on the line before: `# cntutor ignore=compose-secret-in-environment`. Only the `.gitignore` files of the repository are read: an env file kept out by `.git/info/exclude` or a global excludes file is reported, and a file git ignores but that was committed before is not.',
    ko: '비밀처럼 보일 뿐인 값은 그대로 두어도 됩니다. 개발자의 머신에만 있는 데이터베이스의 일회용 비밀번호, 문서화된 자리 표시자, 공개 키입니다. 바로 윗줄에 `# cntutor ignore=compose-secret-in-environment`로 밝혀 두세요. 저장소의 `.gitignore` 파일만 읽으므로, `.git/info/exclude`나 전역 제외 파일로 빠진 env 파일은 보고되고, git이 무시하지만 예전에 커밋된 파일은 보고되지 않습니다.',
  },
  peers: {},
  noPeer:
    'dclint, the Compose linter catalogued here, checks style and naming; it has no check about the values a service’s environment holds.',
  example: {
    bad: composeFile({ webOnly: webWith('  API_TOKEN: 3f9c1d7ab2e84c55') }),
    good: composeFile({ webOnly: webWith('  API_TOKEN: ${API_TOKEN:?set API_TOKEN in .env}') }),
  },
  messages: {
    envFile: {
      en: 'Service "{name}" reads secrets ({variables}) from {file}, which no `.gitignore` keeps out of the repository: they land in Git history with it. List the file in `.gitignore` (with a template without the values beside it), or give them through `secrets:`.',
      ko: '서비스 "{name}"{이/가} {file}에서 비밀 값({variables})을 읽는데, 어떤 `.gitignore`도 이 파일을 저장소에서 빼지 않으므로 Git 기록에 함께 남습니다. 파일을 `.gitignore`에 넣거나(값을 뺀 템플릿은 옆에 두고), `secrets:`로 주세요.',
    },
    fromDotenv: {
      en: 'Service "{name}" takes the secret {variable} from {names} in {file}, which no `.gitignore` keeps out of the repository: the value lands in Git history. List {file} in `.gitignore`, or give it through `secrets:`.',
      ko: '서비스 "{name}"{은/는} 비밀 값 {variable|을/를} {file}의 {names}에서 받는데, 어떤 `.gitignore`도 이 파일을 저장소에서 빼지 않으므로 값이 Git 기록에 남습니다. {file}{을/를} `.gitignore`에 넣거나 `secrets:`로 주세요.',
    },
    setHere: {
      en: '{variable} is set here, in {file}',
      ko: '{variable}{은/는} 여기 {file}에서 정해집니다',
    },
    literal: {
      en: 'Service "{name}" writes the secret {variable} into the Compose file: give it through `secrets:` (or `${{variable}}` from an `.env` file kept out of Git).',
      ko: '서비스 "{name}"{이/가} 비밀 값 {variable|을/를} Compose 파일에 직접 씁니다. `secrets:`로 주거나 Git 밖의 `.env` 파일에서 `${{variable}}`로 받으세요.',
    },
  },
  readsWorkspace: true,
  check(ctx) {
    const around = ctx.surroundings;
    const variables = ctx.variables;
    // The `.env` files values read from, when git keeps them: a secret one fills in lands in the repository.
    const committed = new Map<string, DotenvEntry[] | undefined>();
    const committedIn = (file: string): DotenvEntry[] | undefined => {
      if (!committed.has(file)) committed.set(file, around && committedEntries(file, around));
      return committed.get(file);
    };
    for (const service of ctx.services) {
      for (const entry of environmentEntries(ctx, service)) {
        if (typeof entry.value === 'boolean' || !isSecretName(entry.name)) continue;
        const value = entryText(entry);
        if (!isInterpolated(value)) {
          if (isSecretLikeValue(value, entry.name))
            ctx.report({ range: entry.range, message: ctx.t('literal', { name: service.name, variable: entry.name }) });
          continue;
        }
        if (!variables) continue;
        const resolved = withDefaults(value, variables.values);
        if (resolved === undefined || resolved.includes('$') || !isSecretLikeValue(resolved, entry.name)) continue;
        const set = settingLine(variablesRead(value, variables.values), variables, committedIn);
        if (!set) continue;
        ctx.report({
          range: entry.range,
          message: ctx.t('fromDotenv', {
            name: service.name,
            variable: entry.name,
            names: set.names.join(', '),
            file: pathFrom(ctx.uri, set.file),
          }),
          related: [relatedLine(ctx, set.file, set.line)],
        });
      }
    }
    const base = around && projectFolder(ctx, around.paths);
    if (around && base !== undefined) for (const report of envFileSecrets(ctx, around, base)) ctx.report(report);
  },
});

/**
 * Of the variables a value reads, the first set in a `.env` git keeps: the file, the names it sets
 * and its last line setting one of them.
 */
function settingLine(
  names: readonly string[],
  variables: ComposeVariables,
  committedIn: (file: string) => DotenvEntry[] | undefined,
): { file: string; names: string[]; line: DotenvEntry } | undefined {
  for (const name of names) {
    const file = variables.fileOf.get(name);
    const lines = file === undefined ? undefined : committedIn(file);
    const line = lines?.filter((candidate) => candidate.name === name).at(-1);
    if (file !== undefined && line)
      return { file, names: names.filter((other) => variables.fileOf.get(other) === file), line };
  }
  return undefined;
}

/** The clean web service with one more line in its environment. */
function webWith(line: string): string[] {
  const lines = [...CLEAN_WEB];
  lines.splice(lines.indexOf('environment:') + 1, 0, line);
  return lines;
}
