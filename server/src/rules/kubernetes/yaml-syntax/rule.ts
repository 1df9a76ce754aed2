import { defineKubernetesRule } from '../../../engine/rule';
import type { Range } from '../../../engine/types';
import type { LineIndex } from '../../../engine/text';
import { deployment } from '../example-files';
import { parserWords } from '../../../engine/parser-words';
import { YAML_KOREAN } from './parser-words';

/** Parser codes with a message of their own; every other problem uses the parser's words. */
const MESSAGE_BY_CODE: Record<string, string> = {
  DUPLICATE_KEY: 'duplicateKey',
  TAB_AS_INDENT: 'tab',
  ALIAS_LIMIT: 'aliasBomb',
  RESOURCE_EXHAUSTION: 'aliasBomb',
};

export default defineKubernetesRule({
  id: 'yaml-syntax',
  title: {
    en: 'Write YAML that every tool reads the same way',
    ko: '모든 도구가 똑같이 읽는 YAML 쓰기',
  },
  severity: 'error',
  concept: 'syntax-and-structure',
  topics: ['kubernetes-architecture'],
  description: {
    en: 'A manifest that does not parse cannot be applied, and YAML that some parsers accept (a key written twice, tabs for indentation) may be read differently by kubectl, Helm and this tool. Each broken document is reported where it breaks; the other documents of the file are still checked.',
    ko: '파싱되지 않는 매니페스트는 적용할 수 없고, 일부 파서만 받아들이는 YAML(두 번 쓴 키, 탭 들여쓰기)은 kubectl, Helm, 이 도구가 서로 다르게 읽을 수 있습니다. 깨진 문서는 깨진 곳에서 보고되고, 파일의 다른 문서는 계속 검사됩니다.',
  },
  remediation: {
    en: 'Fix the reported spot: indent with spaces only, write each key once per map, close brackets and quotes, and keep anchors and aliases small.',
    ko: '보고된 곳을 고치세요: 들여쓰기는 공백으로만 하고, 한 맵에서 각 키는 한 번만 쓰고, 괄호와 따옴표를 닫고, 앵커와 별칭은 작게 유지하세요.',
  },
  peers: {},
  noPeer:
    'kubeconform and kubectl stop at the first YAML error; the linters this catalogue maps have no check of their own for it.',
  example: {
    bad: deployment().replace('  name: web\n', '  name: web\n  name: web-v2\n'),
    good: deployment(),
  },
  messages: {
    generic: {
      en: 'This YAML cannot be read: {problem}.',
      ko: '이 YAML을 읽을 수 없습니다: {problem}.',
    },
    duplicateKey: {
      en: 'Key "{key}" appears twice in the same map; tools disagree on which value wins.',
      ko: '같은 맵에 키 "{key}"{이/가} 두 번 나옵니다. 어느 값이 쓰일지 도구마다 다릅니다.',
    },
    tab: {
      en: 'YAML does not allow tabs for indentation; indent with spaces.',
      ko: 'YAML에서는 탭으로 들여쓸 수 없습니다. 공백으로 들여쓰세요.',
    },
    markdownFence: {
      en: 'This line is a Markdown code fence (```), pasted along with the YAML; delete the line.',
      ko: '이 줄은 YAML과 함께 붙여 넣은 마크다운 코드 펜스(```)입니다. 이 줄을 지우세요.',
    },
    aliasBomb: {
      en: 'This document expands its aliases into too many nodes to be read safely (a "billion laughs" pattern).',
      ko: '이 문서는 별칭(alias)을 너무 많은 노드로 펼쳐서 안전하게 읽을 수 없습니다("billion laughs" 패턴).',
    },
  },
  checkFile(ctx) {
    // The parser may explain one fault twice at one place ("Implicit map keys need to be followed by
    // map values", then "Map comment with trailing content"): the first says it.
    const reported = new Set<string>();
    for (const problem of ctx.file.problems) {
      const range = widenToToken(ctx.index, problem.range);
      const line = ctx.text.slice(
        ctx.index.offsetAt({ line: range.start.line, character: 0 }),
        ctx.index.lineEnd(range.start.line),
      );
      // Notes and chat answers wrap YAML in a fence, and copying takes the fence along.
      const fence = /^\s*(```|~~~)/.test(line);
      const id = fence ? 'markdownFence' : ((problem.code && MESSAGE_BY_CODE[problem.code]) ?? 'generic');
      const at = `${range.start.line}:${range.start.character}`;
      if (reported.has(at)) continue;
      reported.add(at);
      const key = ctx.text
        .slice(ctx.index.offsetAt(range.start), ctx.index.offsetAt(range.end))
        .replace(/^["']|["']$/g, '');
      ctx.report({
        range,
        message: ctx.t(id, { problem: parserWords(YAML_KOREAN, problem.message.replace(/\.$/, ''), ctx.locale), key }),
      });
    }
  },
});

/**
 * The parser marks some problems with a single character (the first of a duplicate key);
 * a squiggle under the whole word is easier to see, so such a range grows over its token.
 */
function widenToToken(index: LineIndex, range: Range): Range {
  const text = index.text;
  const first = index.offsetAt(range.start);
  if (index.offsetAt(range.end) - first !== 1) return range;
  const lineEnd = index.lineEnd(range.start.line);
  // A space before the offending token (a badly indented line) is invisible; start at the token.
  let start = first;
  while (start < lineEnd && text.charAt(start) === ' ') start++;
  let stop = start;
  const quote = text.charAt(start);
  if (quote === '"' || quote === "'") {
    const close = text.indexOf(quote, start + 1);
    if (close > start && close < lineEnd) stop = close + 1;
  } else {
    while (stop < lineEnd && /[^\s:,[\]{}#]/.test(text.charAt(stop))) stop++;
  }
  return stop > start ? index.rangeOf(start, stop) : range;
}
