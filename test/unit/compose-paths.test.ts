/**
 * The paths a Compose file names: which ones, read as Compose reads them, and how a missing one is
 * reported — an error, or information about a file each clone makes for itself.
 */
import assert from 'node:assert/strict';
import path from 'node:path';
import { describe, it } from 'node:test';
import { isMap, parseDocument } from 'yaml';
import { lint } from '../../server/src/engine';
import { DEFAULT_CONFIG } from '../../server/src/engine/config';
import { isGitIgnored } from '../../server/src/files/git-ignored';
import { memoryReader } from '../../server/src/files/path-reader';
import { composeNamedPaths } from '../../server/src/rules/compose/named-paths';

const URI = 'file:///work/shop/compose.yaml';

function lintWith(text: string, files: Record<string, string>, locale: 'en' | 'ko' = 'en') {
  const contents = new Map<string, string>([['/work/shop/compose.yaml', text]]);
  for (const [name, content] of Object.entries(files)) contents.set(path.posix.join('/work/shop', name), content);
  const config = { ...DEFAULT_CONFIG, locale, rules: { ...DEFAULT_CONFIG.rules } };
  const findings = lint(text, URI, config, {
    composeSurroundings: { reader: memoryReader(contents), paths: path.posix },
  }).findings.filter((finding) => finding.ruleId === 'compose-paths');
  return findings.map((finding) => ({
    line: finding.range.start.line,
    severity: finding.severity,
    message: finding.message,
  }));
}

describe('compose-paths', () => {
  it('names every local path with its role, defaults read, variables and remote sources left out', () => {
    const document = parseDocument(`include:
  - path: [base.yaml, override.yaml]
    env_file: base.env
services:
  web:
    build:
      context: \${CONTEXT:-./web}
      additional_contexts: ["assets=./assets", "base=docker-image://alpine:3.20"]
    env_file: [{ path: a.env, required: false }, { path: b.env }]
    label_file: labels
    volumes: ["./conf/app.ini:/etc/app.ini", "data:/data", "\${HOME}/x:/x"]
  api:
    build: git@github.com:example/api.git
secrets:
  token: { file: token.txt }
configs:
  app: { file: ./app.yaml }
`);
    const root = document.contents;
    assert.ok(isMap(root));
    assert.deepEqual(
      composeNamedPaths(root).map(
        (named) =>
          `${named.role} ${named.written}${named.context ? ` in ${named.context}` : ''}${named.optional ? ' (optional)' : ''}`,
      ),
      [
        'context ./web',
        'dockerfile ./web in ./web',
        'context ./assets',
        'envFile a.env (optional)',
        'envFile b.env',
        'labelFile labels',
        'shortBindSource ./conf/app.ini',
        'secretFile token.txt',
        'configFile ./app.yaml',
        'include base.yaml',
        'include override.yaml',
        'envFile base.env',
      ],
    );
  });

  it('reports a missing file as an error, and one each clone makes as information', () => {
    const text = `services:
  web:
    image: web:1.0
    env_file: .env
    secrets: [token, key]
secrets:
  token:
    file: ./secrets/token.txt
  key:
    file: ./keys/key.pem
`;
    const plain = lintWith(text, {});
    assert.deepEqual(
      plain.map((f) => `${f.line} ${f.severity}`),
      ['3 error', '7 error', '9 error'],
    );
    const made = lintWith(text, {
      '.env.example': 'A=1\n',
      '.gitignore': 'secrets/\n*.pem\n!keep.pem\n',
    });
    assert.deepEqual(
      made.map((f) => `${f.line} ${f.severity}`),
      ['3 info', '7 info', '9 info'],
    );
    assert.match(made[0]?.message ?? '', /`\.env\.example` beside it looks like its template/);
    assert.match(made[1]?.message ?? '', /`\.gitignore` leaves it out of the repository/);
    const korean = lintWith(text, { '.gitignore': 'secrets/\n' }, 'ko');
    assert.match(korean[1]?.message ?? '', /클론마다 직접 만들어야 합니다/);
  });

  it('reads .gitignore files as git does: the deeper decides, up to the repository’s top', () => {
    const files = new Map<string, string>([
      ['/repo/.git/HEAD', 'ref: refs/heads/main\n'],
      ['/repo/.gitignore', '*.env\n'],
      ['/repo/app/.gitignore', '!shared.env\n'],
      ['/.gitignore', '*\n'],
    ]);
    const reader = memoryReader(files);
    assert.equal(isGitIgnored('/repo/app/local.env', reader, path.posix), true);
    assert.equal(isGitIgnored('/repo/app/shared.env', reader, path.posix), false);
    // Above the repository's top, a .gitignore is another repository's.
    assert.equal(isGitIgnored('/repo/app/config.yaml', reader, path.posix), false);
  });
});
