/**
 * Every Korean text a learner can read, with where it comes from: the notes, the rule texts, the
 * strings in the server's and the extension's code (found with the TypeScript parser), the
 * extension manifest's translations, the client's l10n bundle, the walkthrough and the snippets.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { conceptIds, getConcept } from '../../server/src/concepts';
import { allRules } from '../../server/src/rules';

export const ROOT = path.join(__dirname, '../..');
export const HANGUL = /[\uac00-\ud7a3]/u;

export interface KoreanText {
  where: string;
  text: string;
}

function filesUnder(dir: string, ext: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full, ext) : full.endsWith(ext) ? [full] : [];
  });
}

export function noteTexts(): KoreanText[] {
  return conceptIds().flatMap((id) => {
    const note = getConcept(id, 'ko');
    return note ? [{ where: `note ${id}`, text: `${note.title}\n${note.summary}\n${note.body}` }] : [];
  });
}

export function ruleTexts(): KoreanText[] {
  return allRules().flatMap((rule) => [
    { where: `${rule.id}.title`, text: rule.title.ko },
    { where: `${rule.id}.description`, text: rule.description.ko },
    { where: `${rule.id}.remediation`, text: rule.remediation.ko },
    ...(rule.exceptions ? [{ where: `${rule.id}.exceptions`, text: rule.exceptions.ko }] : []),
    ...Object.entries(rule.messages).map(([id, message]) => ({ where: `${rule.id}.messages.${id}`, text: message.ko })),
  ]);
}

/** String literals with Hangul in TypeScript sources, as the parser reads them. */
export function codeTexts(files: readonly string[]): KoreanText[] {
  const texts: KoreanText[] = [];
  for (const file of files) {
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      let text: string | undefined;
      if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) text = node.text;
      else if (ts.isTemplateExpression(node))
        text = [node.head.text, ...node.templateSpans.map((span) => `{x}${span.literal.text}`)].join('');
      if (text !== undefined && HANGUL.test(text)) {
        const line = source.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        texts.push({ where: `${path.relative(ROOT, file)}:${line}`, text });
        return;
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return texts;
}

/** The server's and the extension's code, without the rules (checked as rule texts) and the glossary itself. */
export function sourceFiles(): string[] {
  return [
    ...filesUnder(path.join(ROOT, 'server/src'), '.ts').filter(
      (file) => !file.includes(`${path.sep}rules${path.sep}`) && !file.endsWith('glossary.ts'),
    ),
    ...filesUnder(path.join(ROOT, 'client/src'), '.ts'),
  ];
}

function jsonValues(file: string, prefix: string): KoreanText[] {
  const values = JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<string, string>;
  return Object.entries(values).map(([key, text]) => ({ where: `${prefix}${key}`, text }));
}

export function manifestTexts(): KoreanText[] {
  return jsonValues('package.nls.ko.json', 'package.nls.ko.json ');
}

export function clientBundleTexts(): KoreanText[] {
  return jsonValues('client/l10n/bundle.l10n.ko.json', 'bundle.l10n.ko.json ');
}

export function walkthroughTexts(): KoreanText[] {
  return filesUnder(path.join(ROOT, 'walkthrough/ko'), '.md').map((file) => ({
    where: path.relative(ROOT, file),
    text: readFileSync(file, 'utf8'),
  }));
}

export function snippetTexts(): KoreanText[] {
  return ['snippets/dockerfile.json', 'snippets/kubernetes.json'].flatMap((file) =>
    Object.values(
      JSON.parse(readFileSync(path.join(ROOT, file), 'utf8')) as Record<
        string,
        { prefix: string; description: string }
      >,
    ).map((snippet) => ({ where: `${file} ${snippet.prefix}`, text: snippet.description.split(' · ')[1] ?? '' })),
  );
}

/** Everything but the rule texts, which the rule authors own. */
export function ownKoreanTexts(): KoreanText[] {
  return [
    ...noteTexts(),
    ...codeTexts(sourceFiles()),
    ...manifestTexts(),
    ...clientBundleTexts(),
    ...walkthroughTexts(),
    ...snippetTexts(),
  ];
}
