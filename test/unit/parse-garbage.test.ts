import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { collectAfterLargeParse, LARGE_PARSE_CHARS } from '../../server/src/cli/parse-garbage';

describe('the full collection after a large parse', () => {
  const yaml = 'x'.repeat(LARGE_PARSE_CHARS / 2);

  const texts = new Map([
    ['/w/a.yaml', yaml],
    ['/w/b.yml', yaml],
  ]);

  it('runs once the index round parsed a megabyte of YAML in objects of 8 KB or more', () => {
    assert.equal(collectAfterLargeParse(texts, 70), true);
    assert.equal(collectAfterLargeParse(texts, 0), true);
  });

  it('leaves smaller runs, many small objects, and Dockerfiles of any size to V8', () => {
    assert.equal(collectAfterLargeParse(new Map([['/w/a.yaml', yaml]]), 1), false);
    assert.equal(collectAfterLargeParse(texts, 5000), false);
    assert.equal(collectAfterLargeParse(new Map([['/w/Dockerfile', yaml + yaml]]), 0), false);
  });

  it('turns V8 flags back as they were: a code cache written at exit must match the next start', () => {
    assert.equal(collectAfterLargeParse(new Map([['/w/big.yaml', yaml + yaml]]), 1), true);
    assert.equal(runInNewContext('typeof gc'), 'undefined', 'gc is no longer given to new contexts');
  });
});
