import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'node:test';
import { lint } from '../../server/src/engine';
import { DEFAULT_SETTINGS } from '../../server/src/lsp/settings';
import { rulesMarkdown } from '../../server/src/cli/rules-command';
import { peerDecisionsMarkdown, uncoveredPeerChecks } from '../../server/src/rules/peer-checks/coverage';

const ROOT = path.join(__dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  bin: Record<string, string>;
  contributes: {
    configuration: { properties: Record<string, { default: unknown; markdownDescription?: string }> };
    snippets: { language: string; path: string }[];
    commands: { command: string }[];
  };
};

describe('extension manifest', () => {
  it('declares every server setting with the server default and a markdown description', () => {
    const declared = pkg.contributes.configuration.properties;
    for (const [key, value] of Object.entries(DEFAULT_SETTINGS)) {
      const entry = declared[`cntutor.${key}`];
      assert.ok(entry, `package.json lacks cntutor.${key}`);
      assert.deepEqual(entry.default, value, `default of cntutor.${key} differs from the server's`);
      assert.ok(entry.markdownDescription, `cntutor.${key} needs a markdownDescription`);
    }
    const serverKeys = Object.keys(DEFAULT_SETTINGS).map((k) => `cntutor.${k}`);
    for (const key of Object.keys(declared)) {
      assert.ok(
        serverKeys.includes(key) || key === 'cntutor.trace.server',
        `${key} is declared but the server ignores it`,
      );
    }
  });

  it('allows VS Code 1.100 and keeps @types/vscode at or below it', () => {
    assert.match(pkg.engines.vscode, /^\^1\.(\d+)\./);
    const engine = Number(/^\^1\.(\d+)/.exec(pkg.engines.vscode)?.[1]);
    assert.ok(engine <= 100);
    const types = Number(/1\.(\d+)/.exec(pkg.devDependencies['@types/vscode'] ?? '')?.[1]);
    assert.ok(types <= engine);
  });

  it('ships both executables', () => {
    assert.deepEqual(pkg.bin, { cntutor: 'dist/cli.js', 'cntutor-language-server': 'dist/server.js' });
  });
});

describe('snippets', () => {
  /** Fills tab stops with their defaults, as inserting a snippet and pressing Tab through it would. */
  const expand = (body: string[]): string =>
    body
      .join('\n')
      .replace(/\$\{\d+:([^}]*)\}/g, '$1')
      .replace(/\$\d+/g, '');

  const all = pkg.contributes.snippets.flatMap(({ path: file }) =>
    Object.values(
      JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<
        string,
        { prefix: string; description: string }
      >,
    ),
  );

  it('cover the images and objects a cloud-native project starts from', () => {
    const prefixes = all.map((s) => s.prefix);
    for (const wanted of [
      'cnt-node-multistage',
      'cnt-python-multistage',
      'cnt-go-multistage',
      'cnt-distroless-node',
      'cnt-deployment',
      'cnt-service',
      'cnt-ingress',
      'cnt-configmap',
      'cnt-hpa',
      'cnt-pdb',
      'cnt-networkpolicy',
      'cnt-job',
      'cnt-cronjob',
      'cnt-compose',
    ])
      assert.ok(prefixes.includes(wanted), `no ${wanted} snippet`);
    assert.equal(new Set(prefixes).size, prefixes.length, 'prefixes repeat');
  });

  it('describe themselves in English and Korean', () => {
    for (const snippet of all)
      assert.match(snippet.description, /^[^\uac00-\ud7a3]+ · .*[\uac00-\ud7a3]/u, snippet.prefix);
  });

  for (const { language, path: file } of pkg.contributes.snippets) {
    const snippets = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, { body: string[] }>;
    for (const [name, snippet] of Object.entries(snippets)) {
      it(`"${name}" lints clean`, () => {
        let text = expand(snippet.body);
        if (language === 'dockerfile' && !/^FROM /m.test(text)) text = `FROM debian:12.8\n${text}\nUSER 1000\n`;
        const uri =
          language === 'dockerfile'
            ? 'file:///snippet/Dockerfile'
            : language === 'dockercompose'
              ? 'file:///snippet/compose.yaml'
              : 'file:///snippet/snippet.yaml';
        const result = lint(text + '\n', uri);
        // Info-level teaching notes (a digest is the ideal pin) cannot be met by a template; warnings and errors can.
        const serious = result.findings.filter((f) => f.severity === 'error' || f.severity === 'warning');
        assert.deepEqual(
          serious.map((f) => `${f.ruleId}: ${f.message}`),
          [],
        );
      });
    }
  }
});

describe('README', () => {
  it('holds the rules table generated from the rule metadata', () => {
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const table = /<!-- rules:start -->\n([\s\S]*?)<!-- rules:end -->/.exec(readme)?.[1];
    assert.ok(table, 'README.md needs <!-- rules:start --> … <!-- rules:end -->');
    assert.equal(table, rulesMarkdown(), 'the rules table is out of date: run `npm run docs`');
    const decisions = /<!-- peer-decisions:start -->\n([\s\S]*?)<!-- peer-decisions:end -->/.exec(readme)?.[1];
    assert.equal(decisions, peerDecisionsMarkdown(), 'the peer decisions table is out of date: run `npm run docs`');
  });

  it('maps every check of hadolint, BuildKit, kube-linter, kube-score, Polaris, the Pod Security Standards and dclint', () => {
    assert.deepEqual(
      uncoveredPeerChecks().map((gap) => `${gap.tool} ${gap.id}`),
      [],
      'each needs a rule naming it in `peers`, or a decision in peer-checks/decisions.ts',
    );
  });
});
