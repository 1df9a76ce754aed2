import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import {
  cleanPath,
  excludingPattern,
  hasExceptionInside,
  parseDockerignore,
} from '../../server/src/rules/dockerfile/dockerignore';

const excluded = (ignore: string, path: string): boolean =>
  excludingPattern(path, parseDockerignore(ignore)) !== undefined;

describe('.dockerignore matching', () => {
  it('reads lines as the builder does: comments, blanks, a leading slash and ./ are dropped', () => {
    const patterns = parseDockerignore('# comment\n\n  /node_modules  \n./dist/\n!dist/keep.txt\n');
    assert.deepEqual(
      patterns.map((p) => [p.pattern, p.exception, p.line]),
      [
        ['node_modules', false, 2],
        ['dist', false, 3],
        ['dist/keep.txt', true, 4],
      ],
    );
  });

  it('anchors patterns at the context root, unlike .gitignore', () => {
    assert.ok(excluded('node_modules', 'node_modules'));
    assert.ok(excluded('node_modules', 'node_modules/left-pad/index.js'));
    assert.ok(!excluded('node_modules', 'app/node_modules'));
    assert.ok(excluded('**/node_modules', 'app/node_modules/x.js'));
    assert.ok(excluded('**/node_modules', 'node_modules'));
  });

  it('keeps * and ? within one path segment', () => {
    assert.ok(excluded('*.md', 'README.md'));
    assert.ok(!excluded('*.md', 'docs/README.md'));
    assert.ok(excluded('*/tmp/*', 'a/tmp/file'));
    assert.ok(!excluded('*/tmp/*', 'tmp/file'));
    assert.ok(excluded('file?.txt', 'file1.txt'));
    assert.ok(!excluded('file?.txt', 'file/.txt'));
    assert.ok(excluded('[a-c].txt', 'b.txt'));
  });

  it('lets ** span any number of folders, including none', () => {
    assert.ok(excluded('docs/**/*.md', 'docs/a.md'));
    assert.ok(excluded('docs/**/*.md', 'docs/a/b/c.md'));
    assert.ok(excluded('docs/**', 'docs/a/b'));
    assert.ok(!excluded('docs/**', 'docs'));
    assert.ok(excluded('**', 'anything/at/all'));
  });

  it('lets the last matching line decide, so exceptions bring files back', () => {
    assert.ok(!excluded('*.md\n!README.md', 'README.md'));
    assert.ok(excluded('*.md\n!README.md', 'CHANGELOG.md'));
    assert.ok(excluded('*.md\n!README.md\nREADME.md', 'README.md'));
  });

  it('excludes what is inside an excluded folder, and never the context root', () => {
    assert.ok(excluded('secrets', 'secrets/db/password.txt'));
    assert.ok(!excluded('*', '.'));
    assert.ok(excluded('*', 'Dockerfile'));
  });

  it('escapes with a backslash and treats regular-expression characters literally', () => {
    assert.ok(excluded('a+b(1).txt', 'a+b(1).txt'));
    assert.ok(!excluded('a+b(1).txt', 'aab1.txt'));
    assert.ok(excluded('\\*.txt', '*.txt'));
    assert.ok(!excluded('\\*.txt', 'a.txt'));
  });

  it('knows when an exception may reach inside a folder', () => {
    const patterns = parseDockerignore('build\n!build/app.jar\n');
    assert.ok(hasExceptionInside('build', patterns));
    assert.ok(!hasExceptionInside('build', parseDockerignore('build\n!other\n')));
  });

  it('cleans paths like Go filepath.Clean', () => {
    assert.equal(cleanPath('./a//b/../c/'), 'a/c');
    assert.equal(cleanPath('/a/./b'), '/a/b');
    assert.equal(cleanPath('../x'), '../x');
    assert.equal(cleanPath('.'), '.');
  });
});
