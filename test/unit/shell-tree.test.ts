import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import type * as Sh from 'mvdan-sh';
import { commandsByWalk, commandsOf } from '../../server/src/engine/dockerfile/shell-tree';
import { lint } from '../../server/src/engine';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const sh = require('mvdan-sh') as typeof Sh;

/** Every construct that can hold a command, nested the ways RUN lines nest them. */
const SOURCES = [
  'apt-get update && apt-get install -y curl',
  'a=1 b=2 make install',
  'FOO=bar',
  'export X=$(date) && echo "$X"',
  'echo "$(cat /etc/os-release | grep ID)"',
  'echo `uname -m` $((1 + $(nproc)))',
  'if [ -f x ]; then rm x; elif test -d y; then rmdir y; else touch z; fi',
  'for f in $(ls /tmp); do echo "$f"; done',
  'for ((i = 0; i < 3; i++)); do echo $i; done',
  'while read -r line; do echo "$line"; done < /etc/hosts',
  'until curl -f http://localhost; do sleep 1; done',
  'case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64|arm64) arch=$(echo arm64) ;; *) exit 1 ;; esac',
  'f() { echo in; }; f',
  '( cd /src && make ) | tee log',
  '{ apt-get update; apt-get install -y git; } 2>&1',
  'cat <<EOF > /etc/conf\nname=$(hostname)\nEOF\n',
  'diff <(sort a) <(sort b)',
  'echo ${VERSION:-$(cat VERSION)} ${#ARR[@]} ${X/a/$(echo b)}',
  'declare -a arr=(one $(two) three); local y=$(z)',
  '[[ -n "$(id -u)" && $(whoami) == root ]] && echo root',
  'time sleep 1',
  '! grep -q x file',
  'set -eux; \\\n    apt-get update; \\\n    rm -rf /var/lib/apt/lists/*',
  'let "n = $(nproc) * 2"',
  'echo \'single $(not a command)\' "double"',
  'curl -fsSL https://example.com/install.sh | sh -s -- --yes',
  'echo é && ls',
  'a | b | c && d |& e; f',
  'curl -fsSL https://x | tar -xz -C /opt && { echo a; echo b; } | tee f | wc -l',
  'echo "$(git log | head -1)" | sha256sum -c - 2>&1 | tee log',
  'x=$(( 3 | 4 )) && y | z',
];

describe('shell command extraction', () => {
  for (const source of SOURCES) {
    it(`finds the same commands as the library's walk: ${JSON.stringify(source.slice(0, 40))}`, () => {
      const file = sh.syntax.NewParser().Parse(source, 'RUN');
      const expected = commandsByWalk(sh, file);
      assert.ok(expected.length > 0 || !/[a-z]+ /.test(source), 'the reference found no command');
      assert.deepEqual(commandsOf(sh, file), expected);
    });
  }

  it('places each command in the innermost pipeline stage that runs it', () => {
    const file = sh.syntax.NewParser().Parse('a | b | c && d; { e; f; } | g "$(h | i)"', 'RUN');
    const stages = commandsOf(sh, file).map((c) => {
      const pipe = c.pipe;
      return `${c.words[0]?.literal ?? ''}${pipe ? ` ${pipe.stage + 1}/${pipe.stages}@${pipe.start}` : ''}`;
    });
    assert.deepEqual(stages, [
      'a 1/3@0',
      'b 2/3@0',
      'c 3/3@0',
      'd',
      'e 1/2@16',
      'f 1/2@16',
      'g 2/2@16',
      'h 1/2@33',
      'i 2/2@33',
    ]);
  });

  it('finds commands nested in substitutions, here-documents and process substitution', () => {
    const file = sh.syntax.NewParser().Parse('cat <<EOF\n$(hostname)\nEOF\ndiff <(sort a) b\n', 'RUN');
    const names = commandsOf(sh, file).map((c) => c.words[0]?.literal);
    assert.deepEqual(names, ['cat', 'hostname', 'diff', 'sort']);
  });
});

describe('RUN analysis across edits', () => {
  const findingsOf = (text: string) =>
    lint(text, 'file:///edits/Dockerfile')
      .findings.filter((f) => f.ruleId === 'no-sudo')
      .map((f) => `${f.range.start.line}:${f.range.start.character}-${f.range.end.line}:${f.range.end.character}`);

  it('places an unchanged RUN anew when lines above it are added or widened', () => {
    const body = 'RUN apt-get update && \\\n    sudo make install\n';
    const before = findingsOf(`FROM alpine:3.20\n${body}`);
    const linesAbove = findingsOf(`FROM alpine:3.20\n\n# a comment\n${body}`);
    const sameLineWider = findingsOf(`FROM alpine:3.20\n${body.replace('RUN ', 'RUN  ')}`);
    assert.deepEqual(before, ['2:4-2:8']);
    assert.deepEqual(linesAbove, ['4:4-4:8']);
    assert.deepEqual(sameLineWider, ['2:4-2:8']);
    assert.deepEqual(findingsOf(`FROM alpine:3.20\n${body}`), before);
  });
});
