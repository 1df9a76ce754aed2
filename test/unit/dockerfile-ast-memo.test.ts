import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { DockerfileParser, type Argument, type Copy, type Env, type Instruction } from 'dockerfile-ast';
import '../../server/src/engine/dockerfile/ast-memo';

const BASE = [
  'FROM alpine:3.20',
  'ENV A=1 B="two words"',
  'RUN apk add --no-cache \\',
  '    curl git',
  'COPY --chown=app:app src/ /app/',
  'CMD ["app", "--serve"]',
].join('\n');

/** dockerfile-ast declares it private; rules reach it through getArguments. */
function raw(instruction: Instruction | undefined): Argument[] {
  return (instruction as unknown as { getRawArguments(): Argument[] }).getRawArguments();
}

function instructions(text: string): Instruction[] {
  return DockerfileParser.parse(text).getInstructions();
}

/** Arguments and properties as plain data, to compare with what a fresh computation gives. */
function shape(instruction: Instruction): unknown {
  const properties =
    instruction.getKeyword() === 'ENV'
      ? (instruction as Env).getProperties().map((p) => [p.getName(), p.getValue(), p.getRange()])
      : [];
  return {
    raw: raw(instruction).map((a) => [a.getValue(), a.getRange()]),
    args: instruction.getArguments().map((a) => [a.getValue(), a.getRange()]),
    properties,
  };
}

describe('dockerfile-ast answers kept across parses', () => {
  it('hands unchanged instructions at the same place their previous answers, and recomputes the edited one', () => {
    const before = instructions(BASE);
    const runArgs = raw(before[2]);
    const copyArgs = raw(before[3]);
    const envProps = (before[1] as Env).getProperties();
    assert.deepEqual(
      (before[3] as Copy).getFlags().map((flag) => flag.getName()),
      ['chown'],
    );
    // Type on the CMD line: every other instruction keeps its text and position.
    const after = instructions(BASE.replace('"--serve"', '"--serve", "--quiet"'));
    // The same argument objects, not scanned again, in an array of the instruction's own.
    assert.notEqual(raw(after[2]), runArgs);
    assert.ok(raw(after[2]).every((argument, i) => argument === runArgs[i]) && raw(after[2]).length === runArgs.length);
    assert.ok(
      raw(after[3]).every((argument, i) => argument === copyArgs[i]),
      'the COPY is not scanned again',
    );
    assert.ok((after[1] as Env).getProperties().every((property, i) => property === envProps[i]));
    // dockerfile-ast removes the flags from getArguments' array in place: the kept one is untouched.
    assert.deepEqual(
      (after[3] as Copy).getFlags().map((flag) => flag.getName()),
      ['chown'],
    );
    assert.deepEqual(
      after[3]?.getArguments().map((a) => a.getValue()),
      ['src/', '/app/'],
    );
    assert.deepEqual(
      after[4]?.getArguments().map((a) => a.getValue()),
      ['["app",', '"--serve",', '"--quiet"]'],
    );
  });

  it('gives instructions that moved or changed answers for their new text and place', () => {
    instructions(BASE);
    // A line inserted at the top moves everything down; a changed ENV keeps its line.
    const edited = `# syntax=docker/dockerfile:1\n${BASE.replace('B="two words"', 'B="three words"')}`;
    const kept = instructions(edited);
    DockerfileParser.parse(''); // two new generations: nothing of the kept answers survives
    DockerfileParser.parse('FROM scratch\n');
    const fresh = instructions(edited);
    assert.notEqual(raw(fresh[2])[0], raw(kept[2])[0]);
    assert.equal(kept.length, fresh.length);
    kept.forEach((instruction, i) => {
      const again = fresh[i];
      assert.ok(again);
      assert.deepEqual(shape(instruction), shape(again), `instruction ${i}`);
    });
    assert.equal(kept[2]?.getArguments()[0]?.getRange().start.line, 3);
    assert.equal((kept[1] as Env).getProperties()[1]?.getValue(), 'three words');
  });

  it('keeps answers apart when only the escape character differs', () => {
    // The directive lines have the same length, so the RUN stands at the same place, with the same text.
    const body = 'FROM alpine:3.20\nRUN echo a\\ b\n';
    const plain = instructions(`# escape=\\\n${body}`)[1]
      ?.getArguments()
      .map((a) => a.getValue());
    const backtick = instructions(`# escape=\`\n${body}`)[1]
      ?.getArguments()
      .map((a) => a.getValue());
    assert.notDeepEqual(plain, backtick);
    assert.deepEqual(backtick, ['echo', 'a\\', 'b']);
  });
});
