import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parseRelative, parseShell, type RelativeParse } from '../../server/src/engine/dockerfile/shell';
import { lint } from '../../server/src/engine';
import { LineIndex } from '../../server/src/engine/text';

type Read = Extract<RelativeParse, { ok: true }>;
function read(source: string): Read {
  const tree = parseRelative(source);
  assert.ok(tree.ok, `${JSON.stringify(source)} did not parse: ${tree.ok ? '' : tree.error}`);
  return tree;
}
/** Each command as its words, the name first; a word that is not literal as `<raw>`. */
const commandsIn = (source: string): string[] =>
  read(source).commands.map((command) =>
    command.words.map((w) => w.literal ?? `<${source.slice(w.start, w.end)}>`).join(' '),
  );

/** Every construct that can hold a command, nested the ways RUN lines nest them; expectations written by hand. */
const CASES: [string, string[]][] = [
  ['apt-get update && apt-get install -y curl', ['apt-get update', 'apt-get install -y curl']],
  ['a=1 b=2 make install', ['make install']],
  ['FOO=bar', []],
  ['export X=$(date) && echo "$X"', ['date', 'echo <"$X">']],
  [
    'echo "$(cat /etc/os-release | grep ID)"',
    ['echo <"$(cat /etc/os-release | grep ID)">', 'cat /etc/os-release', 'grep ID'],
  ],
  ['echo `uname -m` $((1 + $(nproc)))', ['echo <`uname -m`> <$((1 + $(nproc)))>', 'uname -m', 'nproc']],
  [
    'if [ -f x ]; then rm x; elif test -d y; then rmdir y; else touch z; fi',
    ['[ -f x ]', 'rm x', 'test -d y', 'rmdir y', 'touch z'],
  ],
  ['for f in $(ls /tmp); do echo "$f"; done', ['ls /tmp', 'echo <"$f">']],
  ['for ((i = 0; i < 3; i++)); do echo $i; done', ['echo <$i>']],
  ['while read -r line; do echo "$line"; done < /etc/hosts', ['read -r line', 'echo <"$line">']],
  ['until curl -f http://localhost; do sleep 1; done', ['curl -f http://localhost', 'sleep 1']],
  [
    'case "$(uname -m)" in x86_64) arch=amd64 ;; aarch64|arm64) arch=$(echo arm64) ;; *) exit 1 ;; esac',
    ['uname -m', 'echo arm64', 'exit 1'],
  ],
  ['f() { echo in; }; f', ['echo in', 'f']],
  ['( cd /src && make ) | tee log', ['cd /src', 'make', 'tee log']],
  ['{ apt-get update; apt-get install -y git; } 2>&1', ['apt-get update', 'apt-get install -y git']],
  ['cat <<EOF > /etc/conf\nname=$(hostname)\nEOF\n', ['cat', 'hostname']],
  ['diff <(sort a) <(sort b)', ['diff <<(sort a)> <<(sort b)>', 'sort a', 'sort b']],
  [
    'echo ${VERSION:-$(cat VERSION)} ${#ARR[@]} ${X/a/$(echo b)}',
    ['echo <${VERSION:-$(cat VERSION)}> <${#ARR[@]}> <${X/a/$(echo b)}>', 'cat VERSION', 'echo b'],
  ],
  ['declare -a arr=(one $(two) three); local y=$(z)', ['two', 'z']],
  ['[[ -n "$(id -u)" && $(whoami) == root ]] && echo root', ['id -u', 'whoami', 'echo root']],
  ['time sleep 1', ['sleep 1']],
  ['! grep -q x file', ['grep -q x file']],
  [
    'set -eux; \\\n    apt-get update; \\\n    rm -rf /var/lib/apt/lists/*',
    ['set -eux', 'apt-get update', 'rm -rf /var/lib/apt/lists/*'],
  ],
  ['let "n = $(nproc) * 2"', ['nproc']],
  ['echo \'single $(not a command)\' "double"', ['echo <\'single $(not a command)\'> <"double">']],
  [
    'curl -fsSL https://example.com/install.sh | sh -s -- --yes',
    ['curl -fsSL https://example.com/install.sh', 'sh -s -- --yes'],
  ],
  ['echo é && ls', ['echo é', 'ls']],
  ["echo {a,b}c [a-z]* ~/x foo\\ bar @(a|b) $'\\n'", ["echo {a,b}c [a-z]* ~/x foo\\ bar <@(a|b)> <$'\\n'>"]],
  ['ec\\\nho hi >out 2>&1', ['<ec\\\nho> hi']],
  ['alias ll=ls x=$(y)', ['alias ll=ls <x=$(y)>', 'y']],
];

describe('shell command extraction', () => {
  for (const [source, expected] of CASES) {
    it(`finds the commands of ${JSON.stringify(source.slice(0, 50))}`, () => {
      assert.deepEqual(commandsIn(source), expected);
    });
  }

  it('gives each word and command its span in UTF-16 units, redirections and prefixes kept out', () => {
    const source = 'echo 𐀀 é >f && A=1 make "x y" 2>/dev/null';
    const spans = read(source).commands.map((c) => ({
      command: source.slice(c.start, c.end),
      words: c.words.map((w) => source.slice(w.start, w.end)),
    }));
    assert.deepEqual(spans, [
      { command: 'echo 𐀀 é', words: ['echo', '𐀀', 'é'] },
      { command: 'A=1 make "x y"', words: ['make', '"x y"'] },
    ]);
  });

  it('places each command in the innermost pipeline stage that runs it', () => {
    const stages = read('a | b | c && d; { e; f; } | g "$(h | i)"').commands.map((c) => {
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

  it("keeps out the commands of an escaped backquote, whose offsets are not the source's", () => {
    const source = 'echo `echo \\`date\\`` && ls';
    assert.deepEqual(commandsIn(source), ['echo <`echo \\`date\\``>', 'ls']);
    const broken = parseRelative('echo `a \\`(\\``');
    assert.deepEqual(broken.ok ? undefined : broken.offset, 5, 'an error inside points at the substitution');
  });

  it('spans top-level statements with their closing ; or &', () => {
    const source = 'a ; b &\nc \\\n  ; d;e\nf';
    const spans = read(source).statements.map((s) =>
      s.separator === undefined ? source.slice(s.start, s.end) : `${source.slice(s.start, s.end)}@${s.separator}`,
    );
    assert.deepEqual(spans, ['a ;@2', 'b &@6', 'c \\\n  ;@14', 'd;@17', 'e', 'f']);
  });

  it('knows an && chain from anything else', () => {
    const chain = (source: string) => read(source).andChain;
    assert.equal(chain('a && b | c && { d; e; }'), true);
    assert.equal(chain('a'), true);
    for (const other of ['a || b', 'a; b', 'a & ', '! a && b', 'a && ! b | c', 'coproc a', '']) {
      assert.equal(chain(other), false, other);
    }
  });

  it('reports the first syntax error with its offset, and never throws on deep nesting', () => {
    const cases: [string, number][] = [
      ['echo "hi', 5],
      ['apt-get update &&', 17],
      ['echo $(ls', 5],
      ['if true; then echo', 18],
      // The shell refuses a ( after a command's name unless it defines a function.
      ['wget(x/bin/gosu "$url"', 4],
      ['apt-get update && wget  (x', 24],
    ];
    for (const [source, offset] of cases) {
      const tree = parseRelative(source);
      assert.equal(tree.ok, false, source);
      assert.equal(tree.ok ? -1 : tree.offset, offset, source);
      assert.ok(!tree.ok && tree.error.length > 0);
    }
    for (const fine of [
      'f() { echo; }',
      'f () { :; }',
      'time (sleep 1)',
      '! (x)',
      'declare -a x=(1 2)',
      'echo "(" \\( a\\(b $(x) <(y)',
    ]) {
      assert.equal(parseRelative(fine).ok, true, fine);
    }
    const deep = parseRelative(`echo ${'$('.repeat(2000)}x${')'.repeat(2000)}`);
    assert.equal(deep.ok, false);
  });
});

describe("how far a pipeline's exit status reaches", () => {
  /** Each pipeline as its text and what the parse records of its status (`used` when nothing). */
  const reaches = (source: string): string[] => {
    const seen = new Map<number, string>();
    for (const { pipe } of read(source).commands)
      if (pipe) seen.set(pipe.start, `${source.slice(pipe.start, pipe.end)}: ${pipe.discarded ?? 'used'}`);
    return [...seen.values()];
  };
  const CASES: [string, string[]][] = [
    // Arguments and redirections of a named command feed it; its status is its own.
    ['useradd -p $(head -c32 /dev/urandom | base64) u', ['head -c32 /dev/urandom | base64: always']],
    ['echo "v$(a | b)" > "$(c | d)"', ['a | b: always', 'c | d: always']],
    ['export X=$(a | b); local Y="$(c | d)"', ['a | b: always', 'c | d: always']],
    ['diff <(a | b) f', ['a | b: always']],
    ['for f in $(a | b); do c; done', ['a | b: always']],
    ['case $(a | b) in x) c ;; esac', ['a | b: always']],
    // Replaced by 0, or never waited for.
    ['a | b || true', ['a | b: always']],
    ['x && a | b || :', ['a | b: always']],
    ['{ a | b; c; } || true', ['a | b: always']],
    ['a | b &', ['a | b: always']],
    // Dropped when another statement follows, unless errexit stops the shell first.
    ['{ a | b; c; }', ['a | b: without-errexit']],
    ['x=$(a | b; c)', ['a | b: without-errexit']],
    // Errexit is off in a condition, and inside what decides one.
    ['if a | b; c; then d; fi', ['a | b: always']],
    ['while a | b; c; do d; done', ['a | b: always']],
    ['{ a | b; c; } && d', ['a | b: always']],
    ['! { a | b; c; }', ['a | b: always']],
    ['if { a | b; c; } | d; then e; fi', ['a | b: always', '{ a | b; c; } | d: used']],
    // The status of the top-level statement: what follows it is the whole source's to say.
    ['a | b; c', ['a | b: if-followed']],
    ['x=$(a | b)', ['a | b: if-followed']],
    ['if x; then a | b; fi', ['a | b: if-followed']],
    ['$CMD $(a | b)', ['a | b: if-followed']],
    // Decisions, and statuses that become one.
    ['x=$(a | b) && c', ['a | b: used']],
    ['a | b && c', ['a | b: used']],
    ['a | b || echo failed', ['a | b: used']],
    ['a | b || true > /missing/dir/f', ['a | b: used']],
    ['if a | b; then c; fi', ['a | b: used']],
    ['while a | b; do c; done', ['a | b: used']],
    ['if ! a | b; then c; fi', ['a | b: used']],
    ['! a | b && c', ['a | b: used']],
    ['{ ! a | b; echo $?; }', ['a | b: used']],
    // Errexit ignores a `!` pipeline: it decides the RUN's status as the last statement, or nothing.
    ['! a | b', ['a | b: always-if-followed']],
    ['! { a | b; }; c', ['a | b: always-if-followed']],
    ['{ ! a | b; c; }', ['a | b: always']],
    ['( c; ! a | b; d )', ['a | b: always']],
    ['! ( a | b; c )', ['a | b: always']],
    // Around `( … )` and `$( … )` the enclosing shell reads the status as any other: `set -e; x=$(! true)` stops.
    ['( ! a | b ); c', ['a | b: used']],
    ['x=$(! a | b); c', ['a | b: used']],
    ['{ a | b; echo "$?"; }', ['a | b: used']],
    ['f() { a | b; }', ['a | b: used']],
    // Under pipefail an inner pipeline's status flows through the outer one's stages.
    ['{ a | b; } | c || true', ['a | b: always', '{ a | b; } | c: always']],
  ];
  for (const [source, expected] of CASES) {
    it(`reads ${JSON.stringify(source)}`, () => assert.deepEqual(reaches(source), expected));
  }

  it("settles the top-level statement's status against what follows it when placed", () => {
    const settled = (source: string): (string | undefined)[] => {
      const parse = parseShell(source, 0, new LineIndex(source));
      assert.ok(parse.ok);
      return [...new Set(parse.commands.flatMap((c) => (c.pipe ? [c.pipe.pipeline] : [])))].map((p) => p.discarded);
    };
    assert.deepEqual(settled('find / | sort; echo CUT HERE'), ['without-errexit']);
    assert.deepEqual(settled('find / | sort\necho CUT HERE'), ['without-errexit']);
    assert.deepEqual(settled('echo start; find / | sort'), [undefined]);
    assert.deepEqual(settled('find / | sort; echo "status $?"'), [undefined]);
    assert.deepEqual(settled('a | b; [ "${PIPESTATUS[0]}" = 0 ]'), [undefined]);
    assert.deepEqual(settled('a | b\nexit\n'), [undefined]);
    assert.deepEqual(settled('a | b; exit 0'), ['without-errexit']);
    assert.deepEqual(settled('a | b || true; c | d; e'), ['always', 'without-errexit']);
    assert.deepEqual(settled('! { ldd x.so | grep "not found"; }; php --version'), ['always']);
    assert.deepEqual(settled('c; ! a | b'), [undefined]);
    assert.deepEqual(settled('! a | b; exit $?'), [undefined]);
  });
});

describe("bash's additions to POSIX sh", () => {
  const recorded = (source: string): string[] =>
    read(source).bashOnly.map((c) => {
      assert.equal(source.slice(c.start, c.end), c.text, 'the text is the source at its span');
      return `${c.kind} ${c.text}`;
    });

  it('records each with its kind and the text it is written as, in source order', () => {
    assert.deepEqual(
      recorded(
        'if [[ -f a ]]; then ((n++)); fi; for ((i=0; i<2; i++)); do :; done; function g { :; }; x &> f; y &>>f; z >& log; a |& b',
      ),
      [
        'double-bracket [[ -f a ]]',
        'arithmetic ((n++))',
        'arithmetic-for for ((',
        'function-keyword function',
        'both-outputs &> f',
        'both-outputs &>>f',
        'both-outputs >& log',
        'pipe-both |&',
      ],
    );
    assert.deepEqual(
      recorded('cat <<< "$v" <(ls) >(wc) $\'\\t\' $"m" ${v:1:2} ${v/a/b} ${v,,} ${!v} ${a[0]} ${v@Q} ${!p*}'),
      [
        'here-string <<< "$v"',
        'process-substitution <(ls)',
        'process-substitution >(wc)',
        "dollar-quote $'\\t'",
        'dollar-quote $"m"',
        'bash-expansion ${v:1:2}',
        'bash-expansion ${v/a/b}',
        'bash-expansion ${v,,}',
        'bash-expansion ${!v}',
        'bash-expansion ${a[0]}',
        'bash-expansion ${v@Q}',
        'bash-expansion ${!p*}',
      ],
    );
    assert.deepEqual(recorded('a=(1 2) b[1]=x c+=y d; declare -a e; let f=1; typeset g; export h=$(echo ${i:0:1})'), [
      'array a=(1 2)',
      'array b[1]=x',
      'append c+=y',
      'declaration declare',
      'declaration let',
      'declaration typeset',
      'bash-expansion ${i:0:1}',
    ]);
  });

  it('records nothing for POSIX sh, for text in quotes, or inside an escaped backquote', () => {
    for (const posix of [
      '[ -f a ] && n=$((n + 1)) && f() { local v=1; } && x > f 2>&1 && y >&2 && exec 3>&- && z | w',
      'echo "${#v} ${v:-d} ${v:=d} ${v%.*} ${v##*/} ${v:+x} ${v:?no}" >&"$fd"',
      'bash -c \'[[ -f a ]] && echo ${v:0:1} &> /dev/null\' && echo "[[ \\${v:0:1} |& <<<"',
      'echo `echo \\`[[ -f a ]]\\``',
    ]) {
      assert.deepEqual(recorded(posix), [], posix);
    }
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
