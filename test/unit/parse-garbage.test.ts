import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { runInNewContext } from 'node:vm';
import { collectAfterLargeParse, LARGE_PARSE_CHARS } from '../../server/src/cli/parse-garbage';

describe('the full collection after a large parse', () => {
  const yaml = 'x'.repeat(LARGE_PARSE_CHARS / 2);

  it('runs once the index round parsed a megabyte of YAML', () => {
    const texts = new Map([
      ['/w/a.yaml', yaml],
      ['/w/b.yml', yaml],
    ]);
    assert.equal(collectAfterLargeParse(texts), true);
  });

  it('leaves smaller runs, and Dockerfiles of any size, to V8', () => {
    assert.equal(collectAfterLargeParse(new Map([['/w/a.yaml', yaml]])), false);
    assert.equal(collectAfterLargeParse(new Map([['/w/Dockerfile', yaml + yaml]])), false);
  });

  it('turns V8 flags back as they were: a code cache written at exit must match the next start', () => {
    collectAfterLargeParse(new Map([['/w/big.yaml', yaml + yaml]]));
    assert.equal(runInNewContext('typeof gc'), 'undefined', 'gc is no longer given to new contexts');
  });
});
