import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import fc from 'fast-check';
import { parseRelative, type RelativeParse } from '../../server/src/engine/dockerfile/shell';
import { reparseEditedStatement } from '../../server/src/engine/dockerfile/shell-incremental';

/** RUN bodies of several top-level statements, in the styles real Dockerfiles use. */
const SOURCES = [
  'set -eux; \\\n\tsavedAptMark="$(apt-mark showmanual)"; \\\n\tapt-get update; \\\n\tapt-get install -y --no-install-recommends gnupg; \\\n\trm -rf /var/lib/apt/lists/*; \\\n\tmkdir -p /usr/src; \\\n\tcd /usr/src; \\\n\tcurl -fsSL -o php.tar.xz "$PHP_URL"; \\\n\tif [ -n "$PHP_SHA256" ]; then \\\n\t\techo "$PHP_SHA256 *php.tar.xz" | sha256sum -c -; \\\n\tfi; \\\n\texport GNUPGHOME="$(mktemp -d)"; \\\n\tfor key in $GPG_KEYS; do \\\n\t\tgpg --batch --recv-keys "$key"; \\\n\tdone; \\\n\tapt-mark auto \'.*\' > /dev/null; \\\n\tapt-get purge -y --auto-remove',
  'set -x && addgroup -S app; adduser -S -G app app; case "$(uname -m)" in x86_64) a=amd64 ;; *) a=arm64 ;; esac; echo $a',
  'apt-get update; apt-get install -y curl; { echo one; echo two; } > /tmp/x; (cd /src && make) & wait; echo done',
  'a=1; b=`date`; echo ${a:-$(id -u)} \'x;y\' "p;q"; f() { sudo make; }; f',
  // bash's additions, which the parse records apart from the commands.
  "[[ -f a ]] && echo ${x:0:2} &> /dev/null; arr=(1 2); n+=1; diff <(ls) x |& tee l; ((i++)); declare -r D=1; echo $'a'",
  // How far each pipeline's status reaches depends on what surrounds it, within a statement and across them.
  'useradd -p $(head -c8 /dev/urandom | base64) u; nm x | grep G || true; find / | sort; echo $?; x=$(a | b) && c; { d | e; f; } & if g | h; then i | j; fi; ! k | l',
];
const ALPHABET = [...'abcxyz019 \t-;&|"\'$(){}[]!~%:,.#\\\n`<>=*'];

const edit = fc.record({
  at: fc.nat(),
  insert: fc.option(fc.constantFrom(...ALPHABET), { nil: undefined }),
});

function apply(text: string, step: { at: number; insert: string | undefined }): string {
  const at = step.at % (text.length + 1);
  return step.insert === undefined
    ? text.slice(0, at) + text.slice(at + 1)
    : text.slice(0, at) + step.insert + text.slice(at);
}

describe('reparsing one edited statement', () => {
  it('gives exactly what parsing the whole source gives, over random edit sequences', () => {
    let taken = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), fc.array(edit, { minLength: 1, maxLength: 25 }), (start, edits) => {
        let source = start;
        let parse: RelativeParse = parseRelative(source);
        for (const step of edits) {
          const next = apply(source, step);
          const whole = parseRelative(next);
          const partial = reparseEditedStatement({ source, parse }, next, parseRelative);
          steps++;
          if (partial !== undefined) {
            taken++;
            assert.deepEqual(partial, whole, `after editing to ${JSON.stringify(next)}`);
          }
          source = next;
          parse = whole;
        }
      }),
      { seed: 20_261_125, numRuns: 300 },
    );
    // The shortcut must actually be exercised, or this test would prove nothing.
    assert.ok(taken > steps / 5, `the one-statement path was taken ${taken} times in ${steps} edits`);
  });

  it('is not used across a here-document, a comment or a statement boundary', () => {
    const source = 'apt-get update; apt-get install -y curl';
    const parse = parseRelative(source);
    const noChange = (next: string): void =>
      assert.equal(reparseEditedStatement({ source, parse }, next, parseRelative), undefined, next);
    noChange('apt-get update; apt-get install -y curl # note');
    noChange('apt-get update; apt-get install -y curl <<EOF\nx\nEOF');
    noChange('apt-get update;x apt-get install -y curl');
    noChange('apt-get update; apt-get install -y curl; ls');
    assert.ok(reparseEditedStatement({ source, parse }, 'apt-get update; apt-get install -y curlx', parseRelative));
  });
});
