import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { after, describe, it } from 'node:test';
import { generateDockerfileValidators } from '../../scripts/generate-dockerfile-validators';
import { dockerfileCompletionsAt } from '../../server/src/dockerfile-schema/completion';
import {
  createDockerfileAjv,
  definitionKey,
  SCHEMA_HASH_KEY,
  schemaHash,
  validatedDefinitions,
  type DockerfileValidator,
} from '../../server/src/dockerfile-schema/compile';
import { FORMATS } from '../../server/src/dockerfile-schema/formats';
import { dockerfileHoverAt } from '../../server/src/dockerfile-schema/hover';
import { checkInstruction } from '../../server/src/dockerfile-schema/check';
import { dockerfileIssues } from '../../server/src/dockerfile-schema/file';
import { instructionModel } from '../../server/src/dockerfile-schema/model';
import { scanDockerfile } from '../../server/src/dockerfile-schema/scan';
import { instructionNames } from '../../server/src/dockerfile-schema/schema';
import syntaxFixtures from '../../server/src/rules/dockerfile/dockerfile-syntax/fixtures';

const unmarked = (text: string): string => text.replace(/[⟦⟧]/g, '');

describe('Dockerfile schema validators', () => {
  const dir = mkdtempSync(path.join(__dirname, '..', '..', 'out', 'dockerfile-validators-'));
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('generated as code, they report what the run-time compiled ones report', () => {
    const file = path.join(dir, 'validators.js');
    writeFileSync(file, generateDockerfileValidators(file));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const generated = require(file) as Record<string, unknown>;
    assert.equal(generated[SCHEMA_HASH_KEY], schemaHash());
    const ajv = createDockerfileAjv();
    const texts = [...syntaxFixtures.fire, ...syntaxFixtures.dontFire].map((f) => unmarked(f.text));
    let compared = 0;
    for (const text of texts) {
      const scan = scanDockerfile(text);
      for (const instruction of scan.instructions) {
        const model = instructionModel(instruction.line.text, scan.escape);
        if (!instructionNames().includes(model.keyword)) continue;
        const fromCode = generated[model.keyword] as DockerfileValidator;
        const compiled = ajv.getSchema(definitionKey(model.keyword)) as DockerfileValidator;
        const errors = (validate: DockerfileValidator) => {
          validate(model.object);
          return (validate.errors ?? []).map((e) => `${e.instancePath} ${e.keyword} ${JSON.stringify(e.params)}`);
        };
        assert.deepEqual(errors(fromCode), errors(compiled), instruction.line.text);
        compared++;
      }
    }
    assert.ok(compared > 150, `${compared} instructions compared`);
    assert.deepEqual(
      validatedDefinitions().filter((name) => typeof generated[name] !== 'function'),
      [],
      'every instruction and the directives have a generated validator',
    );
  });
});

describe('Dockerfile value formats, as BuildKit parses them', () => {
  const cases: [string, string[], string[]][] = [
    ['duration', ['30s', '1m30s', '1.5h', '0', '', '1ms', '+2s'], ['30', '1d', '500us', '-1s', 's']],
    ['retries', ['0', '3', '', '-0'], ['-1', '3.5', 'three', '2147483648']],
    [
      'port-spec',
      ['80', '80/tcp', '53/UDP', '8000-8010', '0.0.0.0:8080:80', '$PORT', '40000-${PORT_END}'],
      ['80000', '80/tcpp', '9000-8000', '', 'http'],
    ],
    ['signal', ['SIGTERM', 'sigquit', 'KILL', '9', 'SIGRTMIN+3', 'RTMAX-2', '$SIG'], ['0', 'SIGTERMM', 'TERM KILL']],
    ['chmod', ['755', '0644', '+x', 'u=rwX,go=rX', 'g=u', '$MODE'], ['999', '77777', 'rwx', 'u=rwZ']],
    ['boolean', ['true', 'FALSE', 'True'], ['yes', '1', '']],
    ['mount-boolean', ['true', '1', 't', 'False', '$RO'], ['yes', 'TRUE1']],
    ['octal-mode', ['0755', '400', '$M'], ['0789', '-1', '0x1']],
    ['uint32', ['0', '1000', '4294967295'], ['4294967296', '-1', 'root']],
    ['byte-size', ['64m', '1g', '512MiB', '1.5G', '1024'], ['big', '1q']],
    ['checksum', [`sha256:${'a'.repeat(64)}`, 'be1f38e', '$SUM'], ['sha256:xyz', 'md5:abc']],
    ['platform', ['linux/amd64', 'linux/arm64/v8', 'windows', '$BUILDPLATFORM'], ['linux/', 'a/b/c/d', 'linux amd64']],
    ['no-variable', ['deps', 'a$'], ['$BASE', 'x${Y}']],
    [
      'image-reference',
      [
        'node:22',
        'alpine@sha256:' + 'a'.repeat(64),
        'localhost:5000/app',
        'gcr.io/distroless/static:nonroot',
        '${BASE}:${TAG}',
      ],
      ['Node:22', 'node:', 'a..b', 'node:-x'],
    ],
    ['check-directive', ['skip=all', 'skip=A,B;error=true', 'error=false', ''], ['skipp=all', 'error=yes', 'skip=a;']],
  ];
  for (const [format, valid, invalid] of cases) {
    it(format, () => {
      const check = FORMATS[format];
      assert.ok(check, `format ${format}`);
      for (const value of valid) assert.ok(check(value), `${format} accepts ${JSON.stringify(value)}`);
      for (const value of invalid) assert.ok(!check(value), `${format} rejects ${JSON.stringify(value)}`);
    });
  }
});

describe('scanning a Dockerfile as BuildKit does', () => {
  it('joins continuations, skipping comment and blank lines, and maps each character back', () => {
    const text = 'FROM alpine\r\nRUN apk add \\\r\n  # a comment\r\n\r\n    curl\r\n';
    const scan = scanDockerfile(text);
    const run = scan.instructions[1];
    assert.equal(run?.line.text, 'RUN apk add     curl');
    assert.equal(run?.line.docOffset(run.line.text.indexOf('curl')), text.indexOf('curl'));
    assert.deepEqual(scan.emptyContinuationLines, [
      { start: text.indexOf('\r\n\r\n') + 2, end: text.indexOf('    curl') },
    ]);
  });

  it('reads directives only at the top, and follows the escape directive', () => {
    const scan = scanDockerfile(
      '# escape=`\n# syntax=docker/dockerfile:1\n\n# check=skip=all\nFROM a\nRUN dir c:\\ `\n  /w\n',
    );
    assert.deepEqual(
      scan.directives.map((d) => [d.name, d.value]),
      [
        ['escape', '`'],
        ['syntax', 'docker/dockerfile:1'],
      ],
    );
    assert.deepEqual(
      scan.problems.map((p) => [p.code, p.directive.name]),
      [['misplaced-directive', 'check']],
    );
    assert.equal(scan.instructions[1]?.line.text, 'RUN dir c:\\   /w');
  });

  it('reads here-documents of RUN, COPY and ADD to their terminator', () => {
    const scan = scanDockerfile('FROM a\nRUN <<-EOT cat\n\tx\n\tEOT\nCMD <<X\nCOPY <<"A" /a\nbody\n');
    assert.deepEqual(
      scan.instructions.map((i) => [i.line.text.split(' ')[0], i.heredocs.map((h) => [h.name, h.terminated])]),
      [
        ['FROM', []],
        ['RUN', [['EOT', true]]],
        ['CMD', []],
        ['COPY', [['A', false]]],
      ],
    );
  });
});

describe('Dockerfile hover and completion', () => {
  const text = 'FROM node:22\nRUN --mount=type=secret,id=npm,target=/root/.npmrc npm ci\n';

  it('describes a mount option in Korean', () => {
    const hover = dockerfileHoverAt(text, text.indexOf('target') + 1, { locale: 'ko' });
    assert.match(
      hover?.contents ?? '',
      /^\*\*target\*\* · type=secret 마운트의 옵션\n\n시크릿 파일이 나타날 경로입니다/,
    );
    assert.deepEqual(hover?.span, { start: text.indexOf('target'), end: text.indexOf('target') + 6 });
  });

  it('offers what a half-written flag can become, replacing only the partial word', () => {
    const partial = 'FROM node:22\nCOPY --ch';
    const items = dockerfileCompletionsAt(partial, partial.length);
    assert.deepEqual(
      items.filter((i) => i.label.startsWith('--ch')).map((i) => [i.label, i.insertText]),
      [
        ['--chown', '--chown='],
        ['--chmod', '--chmod='],
      ],
    );
    assert.deepEqual(items[0]?.span, { start: partial.length - 4, end: partial.length });
  });
});

describe('the fix for an unknown instruction', () => {
  it('writes the nearest keyword only when the line it makes is a valid instruction', () => {
    const fixOf = (line: string) => checkInstruction(line, '\\').issues.find((i) => i.code === 'unknown-instruction');
    assert.deepEqual(fixOf('FORM node:22-alpine AS build')?.fix?.text, 'FROM');
    assert.equal(fixOf('form node:22-alpine')?.fix?.text, 'from');
    // A broken FROM, and a new stage resetting the SHELL of everything after it: no fix, only the hint.
    const broken = fixOf('rom AS  "git.install" (https://chocolatey.org/packages/git.install)');
    assert.equal(broken?.data.suggestion, 'from');
    assert.equal(broken?.fix, undefined);
  });
});

describe('where a RUN mount lands', () => {
  const issues = (text: string) =>
    dockerfileIssues(scanDockerfile(text)).map((issue) => [issue.code, issue.warning === true]);

  it('is an error on /, a warning when only the base image knows its working directory', () => {
    assert.deepEqual(issues('FROM alpine:3.20\nWORKDIR /\nRUN --mount=type=cache make\n'), [
      ['mount-needs-target', false],
    ]);
    assert.deepEqual(issues('FROM alpine:3.20\nRUN --mount=type=bind,source=go.mod ls\n'), [
      ['mount-may-need-target', true],
    ]);
    assert.deepEqual(issues('FROM alpine:3.20\nWORKDIR /src\nRUN --mount=type=bind,source=go.mod ls\n'), []);
  });
});
