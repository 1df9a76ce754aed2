import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fixAll, lint } from '../../server/src/engine';
import { YamlDocumentCache } from '../../server/src/engine/kubernetes/document-cache';
import { parseYaml } from '../../server/src/engine/kubernetes/parse';
import { LineIndex } from '../../server/src/engine/text';
import { lineLengths, outsideText } from '../support/utf16';
import { checkAll, type LintSetup } from './invariants';

/**
 * Inputs the fuzzers once broke the engine with, shrunk to their core. Each must now satisfy every
 * fuzz property (no throw, no internal error, ranges inside, fixes idempotent and harmless).
 */
const POD = (containers: string): string =>
  `apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n${containers}`;

const REGRESSIONS: readonly { name: string; uri: string; text: string; setup?: LintSetup }[] = [
  {
    // Shrunk from `fuzz:long --seed 20264010` (random edit sequences): `- |` became a comment at
    // column 0, so `command:` holds a plain scalar below that comment. The YAML parser then reads
    // any later line indented at most as deep as the comment as more of that scalar, turning it
    // into a key: `automountServiceAccountToken: false` appended there made a parse error.
    name: 'no key is appended after a plain scalar that follows a comment less indented than the new key',
    uri: 'job.yaml',
    text: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: a\nspec:\n  template:\n    spec:\n      restartPolicy: Never\n      containers:\n        - name: main\n          image: ghcr.io/example/tool:v1.2.3\n          command:\n#!            - |\n              echo "start"\n              exit 0\n',
  },
  {
    // Shrunk from `fuzz:long --seed 20263242` (mutated manifests): `volumes:` became `?      :`, and
    // the YAML parser drops the sequence after it without an error, so the pod spec's last entry
    // seemed to end on that line and a new `securityContext` landed between it and its items.
    name: 'no key is inserted before a sequence the parser dropped after an explicit empty key',
    uri: 'manifest.yaml',
    text: 'apiVersion: apps/v1\r\nkind: Deployment\r\nmetadata:\r\n  name: a\r\nspec:\r\n  selector:\r\n    matchLabels:\r\n      app: a\r\n  template:\r\n    metadata:\r\n      labels:\r\n        app: a\r\n    spec:\r\n      containers:\r\n      - name: a\r\n        image: registry.example.com/a:1.0\r\n      ?      :\r\n      - name: config\r\n        emptyDir: {}\r\n',
  },
  {
    name: 'a limit copied into an empty value at the end of a CRLF file is written after a space',
    uri: 'manifest.yaml',
    text: 'apiVersion: apps/v1\r\nkind: :Deployment\r\nmetadata:\r\n  name: web\r\nspec:\r\n  selector:\r\n    matchLabels:\r\n      app: web\r\n  template:\r\n    metadata:\r\n      labels:\r\n        app: web\r\n    spec:\r\n      containers:\r\n        - name: web\r\n          image: example.com/web:1.4.2\r\n          resources:\r\n            requests:\r\n              cpu: 250m\r\n              memory: 256Mi\r\n            limits:\r\n              cpu:',
    setup: { config: { rules: { 'requests-equal-limits': 'on' } }, rule: 'requests-equal-limits' },
  },
  {
    name: 'nothing is appended to a RUN the parser ends before the end of its last line',
    uri: 'Dockerfile',
    text: 'FROM debian:bookworm\nRUN apt-get update && apt-get install -y --no-install-recommends curl; \\\n\t\\\ufeff# c\n',
  },
  {
    name: 'no slash is added to a COPY destination the parser cuts short at a `#`',
    uri: 'Dockerfile',
    text: 'FROM alpine:3.20\nCOPY a b \\\n\t\\`#//// https://example.com/x (y)\nCMD ["b"]\n',
  },
  {
    name: 'two RUNs are not merged when the parser takes a word ending in `--` for the start of the flags',
    uri: 'Dockerfile',
    text: 'RUN a-- --no-cache\nRUN --no-cache -y\nENV A=a',
  },
  {
    name: 'an unknown keyword is not fixed into a broken FROM that would reset the PowerShell of the RUNs after it',
    uri: 'Dockerfile',
    text: 'FROM mcr.microsoft.com/windows/servercore:ltsc2022\nSHELL ["powershell", "-Command"]\nrom AS  "git.install" (https://chocolatey.org/packages/git.install)\nRUN Write-Host (\'Downloading {0} ...\' -f $env:URL); \\\n\tif ((Get-FileHash git.zip).Hash -ne $env:SHA) { exit 1 }\nRUN $env:PATH = (\'C:\\git\\cmd;\' + $env:PATH); git version\n',
  },
  {
    name: 'nothing is inserted after an entry whose explicit complex key the parser cut short',
    uri: 'job.yaml',
    text: 'apiVersion: batch/v1\nkind: Job\n# 🚀é\nmetadata:\n  name: migrate\nspec:\n  backoffLimit: 2\n  template:\n    spec:\n    ?          restartPolicy: Never\n      containers:\n        - name: migrate\n          image: example.com/migrate:3.0.1\n',
  },
  {
    name: 'nothing is inserted after volumes whose explicit key is a list',
    uri: 'pod.yaml',
    text: "apiVersion: v1\nkind: Pod\nmetadata:\n  name: rbd\nspec:\n  containers:\n    - image: kubernetes/pause\n      name: rbd-rw\n      volumeMounts:\n      - name: rbdpd\n        mountPath: /mnt/rbd\n  volumes:\n  ?   - name: rbdpd\n      rbd:\n        monitors:\n        - '10.16.154.78:6789'\n        pool: kube\n        image: foo\n        readOnly: true\n",
  },
  {
    name: 'drop ALL is not added under a list whose last item runs on into the map around it',
    uri: 'pod.yaml',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: redis\nspec:\n  containers:\n    - name: redis\n      image: redis:7.2\n      securityContext:\n        allowPrivilegeEscalation: false\n        capabilities:\n          drop:\n            - &&             privileged: false\n        readOnlyRootFilesystem: true\n',
  },
  {
    name: 'no fix in a Dockerfile with a carriage return alone, which Docker does not read as a line end',
    uri: 'Dockerfile',
    text: "FROM golang:1.23 AS builder\r\nFROM alpine:3.20\r# '",
  },
  {
    name: 'no fix in a manifest with a carriage return alone inside a mapping',
    uri: 'manifest.yaml',
    text: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  type:\r NodePort\n  selector:\n    app: web\n  ports:\n    - port: 80\n      targetPort: 8080\n      nodePort: 30080\n',
  },
  {
    name: 'a fix under a container with an empty key line (`:`) keeps the container indentation',
    uri: 'pod.yaml',
    text: 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: nginx\nspec:\n  containers:\n  - name: nginx\n    : # 한국어\n    image: nginx\n    ports:\n    # 日本🌍\n    - containerPort: 80\n    - securityContext:\n      privileged: true\n',
  },
  {
    name: 'no block is opened under an explicit key (`? resources` then `:`)',
    uri: 'job.yaml',
    text: 'apiVersion: batch/v1\nkind: Job\nmetadata:\n    name: once\nspec:\n    template:\n        spec:\n            restartPolicy: OnFailure\n            containers:\n                -   name: once\n                    image: example.com/once:1.0.0\n                    ? resources\n                    :\n',
  },
  {
    name: 'a fix never adds a key the map holds already, here as an alias the rule cannot read',
    uri: 'list.yaml',
    text: 'apiVersion: v1\nkind: List\nitems:\n- apiVersion: v1\n  kind: Pod\n  metadata:\n    name: a\n  spec:\n    containers:\n    - name: a\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: &r4 true\n    - name: b\n      image: nginx:1.27\n      securityContext:\n        runAsNonRoot: *r4\n',
  },
  {
    name: 'a wrapper with nothing to run (`sudo`, `env`) is not a package manager call',
    uri: 'Dockerfile',
    text: '# 😀\nFROM alpine:3.20\nrun sudo\nRUN env\nRUN sudo -E\nRUN python3 -m\n',
  },
  {
    name: 'a misspelt key is renamed before another fix adds the key it restores',
    uri: 'deployment.yaml',
    text: 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: { app: web }\n  template:\n    \udc00metadata:\n      labels: { app: web }\n    spec:\n      containers:\n        - name: web\n          image: nginx:1.27\n',
  },
  {
    name: 'an offset between CR and LF maps to the end of its line',
    uri: 'crlf.yaml',
    text: 'apiVersion: v1\r\nkind: Pod\r\nmetadata:\r\n  name: "p\r\n',
  },
  {
    name: 'no fix inside a document with syntax errors (an unclosed flow sequence)',
    uri: 'pod.yaml',
    text: POD('  - name: shell\n    image: alpine:3\n    args: [sleep,"]\n'),
  },
  {
    name: 'no fix inside a document with syntax errors (a nested compact mapping)',
    uri: 'pod.yaml',
    text: POD('    - name: backup                  image: postgres:16\n      env: []\n'),
  },
  {
    name: 'a key written with a tag keeps the inserted keys at the map indentation',
    uri: 'pod.yaml',
    text: POD('    - !!str name: web\n      image: nginx:1.27\n'),
  },
  {
    name: 'a key written with an anchor keeps the inserted keys at the map indentation',
    uri: 'pod.yaml',
    text: POD('    - &first name: web\n      image: nginx:1.27\n'),
  },
  {
    name: 'an empty last value followed by a comment does not pull an insertion onto the next key',
    uri: 'pod.yaml',
    text: POD('  - name: web\n    image: nginx:1.27\n    ports:\n    - data:\n# a comment\n  volumes:\n  - name: x\n'),
  },
  {
    name: 'an indented instruction with a variable before the first FROM',
    uri: 'Dockerfile',
    text: ' RUN echo $X\nFROM alpine:3.20\n',
  },
  {
    name: 'a continuation line starting with an escaped #',
    uri: 'Dockerfile',
    text: 'FROM alpine:3.20\nRUN echo \\\n\\# not a comment\n',
  },
  {
    name: 'a comment ending in a backslash above an indented line with a variable',
    uri: 'Dockerfile',
    text: '# \\\n   -y $(pwd) a\nEXPOSE 1',
  },
  {
    name: 'a template label present without a value (selector-matches-template must not add it twice)',
    uri: 'deploy.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app:
    spec:
      containers:
        - name: web
          image: nginx:1.27
`,
  },
  {
    // Shrunk from `fuzz:long --seed 20261271`: an edit turned a container's first line into an explicit key.
    name: 'an explicit key on the dash line of a container keeps inserted keys at the map indentation',
    uri: 'pod.yaml',
    text: POD('  - ?  x\n    image: nginx\n    ports:\n    - containerPort: 80\n'),
  },
  {
    name: 'explicit keys throughout a container',
    uri: 'pod.yaml',
    text: POD('  - ? name\n    : web\n    ? image\n    : nginx:1.27\n'),
  },
  {
    name: 'an explicit key with a tag on the dash line',
    uri: 'pod.yaml',
    text: POD('  - ? !!str name\n    : web\n    image: nginx:1.27\n'),
  },
  {
    name: 'a lone CR after "kind:" (kubernetes-schema must not glue the value to the colon)',
    uri: 'deploy.yaml',
    text: 'apiVersion: apps/v1\nkind:\r Deployment\nmetadata:\n  name: web\n',
  },
  {
    // Shrunk from `fuzz:long --seed 1153559416` (mutated Dockerfiles): `wget -O` became `wget(`,
    // which the shell refuses and the shell parser let pass, so the wget progress fix inserted its
    // flag after the name and the parser then refused `--progress=dot:giga(`.
    name: 'a ( right after a command name is a shell error, so no fix is offered after the name',
    uri: 'Dockerfile',
    text: 'FROM debian:12\nRUN set -eux; \\\n\twget -O /usr/local/bin/gosu.asc "$url.asc"; \\\n\twget(\u{10000}\u{10000}/bin/gosu "$url"\n',
  },
];

/** Texts whose findings must all lie inside their lines, counted in UTF-16 units independently of the engine. */
const INSIDE_LINES: readonly { name: string; uri: string; text: string }[] = [
  {
    // Shrunk from `fuzz:long --seed 20261313`: a line continuation inserted inside a surrogate pair.
    name: 'a continuation splitting an astral character inside FROM, before an image with a bad digest',
    uri: 'Dockerfile',
    text: 'ARG BUILDPLATFORM=linux/amd64\n\nFROM --platform=$BUILDPLATFORM   \uD800\\\n\uDC00%%𐀀𐀀python:3.14.6-alpine@f5520e806b1709f92 AS base\n',
  },
  {
    name: 'astral characters after a continuation inside the image of FROM',
    uri: 'Dockerfile',
    text: 'FROM 𐀀x\\\n𐀀😀python:3.14@f55 AS base\nRUN echo 😀\n',
  },
  {
    name: 'an image continued over three lines with CRLF',
    uri: 'Dockerfile',
    text: 'FROM é\\\r\n😀\\\r\npython:3.14@f55\r\nCMD ["a"]\r\n',
  },
];

describe('findings inside their lines (UTF-16 units)', () => {
  for (const regression of INSIDE_LINES) {
    it(regression.name, () => {
      const result = lint(regression.text, regression.uri);
      assert.deepEqual(result.internalErrors, []);
      const lengths = lineLengths(regression.text);
      for (const finding of result.findings) {
        const problem = outsideText(lengths, finding.range);
        assert.equal(problem, undefined, `${finding.ruleId} ${JSON.stringify(finding.range)}: ${problem ?? ''}`);
      }
      checkAll(regression.text, regression.uri);
    });
  }
});

describe('fuzz regressions', () => {
  it('an offset between CR and LF is the end of its line, not past it', () => {
    assert.deepEqual(new LineIndex('ab\r\ncd').positionAt(3), { line: 0, character: 2 });
  });
  it('the securityContext fixes land under an explicit-key container at its indentation', () => {
    const text = POD('  - ?  x\n    image: nginx\n    ports:\n    - containerPort: 80\n');
    const fixed = fixAll(text, (t) => lint(t, 'pod.yaml').findings).text;
    assert.deepEqual(parseYaml(fixed).problems, []);
    assert.match(
      fixed,
      /\n {4}- containerPort: 80\n(( {4}| {6,}).*\n)* {4}securityContext:\n( {6,}.*\n)* {6}allowPrivilegeEscalation: false\n/,
    );
  });
  it('a double-quoted scalar ending in an escaped quote is unclosed, in the whole file and in the cache alike', () => {
    // Shrunk from `fuzz:long --seed 20262070`: an edit replaced `local"` with `\`, the editor's
    // per-document parse saw an unclosed quote and the whole-file parse saw none.
    const text =
      'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\ndata:\n  hosts: "frontend.svc.\\"\n' +
      '---\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: b\ndata:\n  host: "x"\n';
    const syntax = (findings: readonly { ruleId: string; range: { start: { line: number } } }[]): number[] =>
      findings.filter((f) => f.ruleId === 'yaml-syntax').map((f) => f.range.start.line);
    assert.deepEqual(syntax(lint(text, 'config.yaml').findings), [5]);
    assert.deepEqual(
      syntax(lint(text, 'config.yaml', undefined, { yamlCache: new YamlDocumentCache() }).findings),
      [5],
    );
    checkAll(text, 'config.yaml');
  });
  it('an escaped quote closes nothing at the end of the text, after an escaped backslash it is the closing quote', () => {
    assert.equal(parseYaml('a: "x\\"').problems.length, 1);
    assert.deepEqual(parseYaml('a: "x\\\\"\nb: x\\"\nc: |\n  \\"\n').problems, []);
  });
  for (const regression of REGRESSIONS) {
    it(regression.name, () => {
      checkAll(regression.text, regression.uri, regression.setup);
    });
  }
});
