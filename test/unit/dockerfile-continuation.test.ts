import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DockerfileParser } from 'dockerfile-ast';
import '../../server/src/engine/dockerfile/ast-guards';
import { LineIndex } from '../../server/src/engine/text';
import { parseShell } from '../../server/src/engine/dockerfile/shell';

/** Each instruction as its keyword and the lines it spans, 1-based. */
function spans(text: string): string[] {
  return DockerfileParser.parse(text)
    .getInstructions()
    .map((i) => `${i.getKeyword()} ${i.getRange().start.line + 1}-${i.getRange().end.line + 1}`);
}

describe('where an instruction ends, as BuildKit reads continuations', () => {
  const CASES: [string, string, string[]][] = [
    ['a trailing escape continues', 'FROM a\nRUN x \\\n  y\nENV E=1\n', ['FROM 1-1', 'RUN 2-3', 'ENV 4-4']],
    ['blanks after it too', 'FROM a\nRUN x \\  \t\n  y\nENV E=1\n', ['FROM 1-1', 'RUN 2-3', 'ENV 4-4']],
    [
      'an escaped escape ends the line',
      'FROM a\nCOPY a b C:\\\\dir\\\\\n\nENV E=1\n',
      ['FROM 1-1', 'COPY 2-2', 'ENV 4-4'],
    ],
    ['with blanks after it', 'FROM a\nCOPY a b C:\\\\ \nENV E=1\n', ['FROM 1-1', 'COPY 2-2', 'ENV 3-3']],
    ['over CRLF line ends', 'FROM a\r\nCOPY a C:\\\\\r\nENV E=1\r\n', ['FROM 1-1', 'COPY 2-2', 'ENV 3-3']],
    // BuildKit's test looks at one character before the last: `\\\` ends the line as `\\` does.
    ['three escapes', 'FROM a\nRUN echo x\\\\\\\nENV E=1\n', ['FROM 1-1', 'RUN 2-2', 'ENV 3-3']],
    [
      'after a continued line',
      'FROM a\nCOPY --from=b \\\n  C:\\\\x.dll \\\n  C:\\\\dir\\\\\nENV E=1\n',
      ['FROM 1-1', 'COPY 2-4', 'ENV 5-5'],
    ],
    [
      'with the backtick as escape',
      '# escape=`\nFROM a\nCOPY a b C:\\dir\\ ``\nENV E=1\nRUN dir `\n  /w\n',
      ['FROM 2-2', 'COPY 3-3', 'ENV 4-4', 'RUN 5-6'],
    ],
    ['an escaped character mid-line', 'FROM a\nRUN echo a\\ b \\\n  c\n', ['FROM 1-1', 'RUN 2-3']],
  ];
  for (const [name, text, expected] of CASES) {
    it(name, () => assert.deepEqual(spans(text), expected));
  }
});

describe('the shell source of a continued RUN', () => {
  it('reads blanks after the escape as part of the continuation, at the same offsets', () => {
    const source = 'echo a \\ \n  && echo b \\\t\t\n  | cat';
    const parse = parseShell(source, 0, new LineIndex(source));
    assert.ok(parse.ok, 'the shell parses it');
    const names = parse.commands.map((c) => `${c.name}@${c.nameRange.start.line}:${c.nameRange.start.character}`);
    assert.deepEqual(names, ['echo@0:0', 'echo@1:5', 'cat@2:4']);
  });

  it('leaves an escaped backslash before blanks as it is', () => {
    const source = 'echo a \\\\ \n';
    const parse = parseShell(source, 0, new LineIndex(source));
    assert.ok(parse.ok);
    assert.deepEqual(
      parse.commands.map((c) => c.name),
      ['echo'],
    );
  });
});
