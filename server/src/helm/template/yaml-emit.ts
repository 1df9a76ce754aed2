/**
 * Helm's `toYaml`: sigs.k8s.io/yaml marshals to JSON, reads that JSON back with gopkg.in/yaml.v2
 * and writes it with yaml.v2's emitter. This is that emitter (emitterc.go) for the data JSON can
 * hold: block mappings and sequences, `{}` and `[]`, and scalars in the style yaml.v2 picks,
 * folded at 80 columns as it folds them.
 */
import { RenderFailure } from './failure';
import { formatShortest } from './go-float';
import { UnencodableValue, jsonNumber } from './json-encode';
import { GoInt, GoMap, GoSlice, GoStruct, type GoValue, orderedItems } from './values';
import { compareYamlKeys, isBase60Float, resolvesAsString } from './yaml-resolve';
import { type Style, analyze, isBreak, isPrintable } from './yaml-scalar';

const BEST_INDENT = 2;
const BEST_WIDTH = 80;

const SHORT_ESCAPES: Record<number, string> = {
  0x00: '0',
  0x07: 'a',
  0x08: 'b',
  0x09: 't',
  0x0a: 'n',
  0x0b: 'v',
  0x0c: 'f',
  0x0d: 'r',
  0x1b: 'e',
  0x22: '"',
  0x5c: '\\',
  0x85: 'N',
  0xa0: '_',
  0x2028: 'L',
  0x2029: 'P',
};

interface Context {
  root?: boolean;
  sequence?: boolean;
  mapping?: boolean;
  simpleKey?: boolean;
}

class Emitter {
  out = '';
  private column = 0;
  private whitespace = true;
  private indention = true;
  private indent = -1;
  private indents: number[] = [];
  private flowLevel = 0;
  private steps = 0;

  private put(text: string): void {
    this.out += text;
    this.column += 1;
  }

  private putBreak(): void {
    this.out += '\n';
    this.column = 0;
  }

  private writeBreak(c: string): void {
    if (c === '\n') this.putBreak();
    else {
      this.put(c);
      this.column = 0;
    }
  }

  writeIndent(): void {
    const indent = Math.max(this.indent, 0);
    if (!this.indention || this.column > indent || (this.column === indent && !this.whitespace)) this.putBreak();
    while (this.column < indent) this.put(' ');
    this.whitespace = true;
    this.indention = true;
  }

  private writeIndicator(
    indicator: string,
    needWhitespace: boolean,
    isWhitespace: boolean,
    isIndention: boolean,
  ): void {
    if (needWhitespace && !this.whitespace) this.put(' ');
    for (const c of indicator) this.put(c);
    this.whitespace = isWhitespace;
    this.indention = this.indention && isIndention;
  }

  private increaseIndent(flow: boolean, indentless: boolean): void {
    this.indents.push(this.indent);
    if (this.indent < 0) this.indent = flow ? BEST_INDENT : 0;
    else if (!indentless) this.indent += BEST_INDENT;
  }

  private popIndent(): void {
    this.indent = this.indents.pop() ?? -1;
  }

  node(value: YamlNode, context: Context, depth: number): void {
    if (++this.steps > 1_000_000 || depth > 200) {
      throw RenderFailure.unsupported('`toYaml` of data this large or deep is not supported.');
    }
    if (value.kind === 'scalar') return this.scalar(value.text, value.style, context);
    if (value.items.length === 0) {
      this.writeIndicator(value.kind === 'map' ? '{' : '[', true, true, false);
      this.writeIndicator(value.kind === 'map' ? '}' : ']', false, false, false);
      return;
    }
    if (value.kind === 'seq') {
      this.increaseIndent(false, context.mapping === true && !this.indention);
      for (const item of value.items) {
        this.writeIndent();
        this.writeIndicator('-', true, false, true);
        this.node(item, { sequence: true }, depth + 1);
      }
    } else {
      this.increaseIndent(false, false);
      for (const [key, item] of value.items) {
        this.writeIndent();
        if (key.text.includes('\n') || new TextEncoder().encode(key.text).length > 128) {
          throw RenderFailure.unsupported(
            '`toYaml` of a key longer than 128 bytes or with a line break is not supported.',
          );
        }
        this.node(key, { mapping: true, simpleKey: true }, depth + 1);
        this.writeIndicator(':', false, false, false);
        this.node(item, { mapping: true }, depth + 1);
      }
    }
    this.popIndent();
  }

  private scalar(text: string, requested: Style, context: Context): void {
    const chars = [...text];
    const analysis = analyze(chars);
    let style = requested;
    if (context.simpleKey && analysis.multiline) style = 'double';
    if (style === 'plain') {
      if ((this.flowLevel > 0 && !analysis.flowPlain) || (this.flowLevel === 0 && !analysis.blockPlain))
        style = 'single';
      if (chars.length === 0 && (this.flowLevel > 0 || context.simpleKey)) style = 'single';
    }
    if (style === 'single' && !analysis.singleQuoted) style = 'double';
    if (style === 'literal' && (!analysis.block || this.flowLevel > 0 || context.simpleKey)) style = 'double';
    this.increaseIndent(true, false);
    const allowBreaks = !context.simpleKey;
    if (style === 'plain') this.plain(chars, allowBreaks);
    else if (style === 'single') this.singleQuoted(chars, allowBreaks);
    else if (style === 'double') this.doubleQuoted(chars, allowBreaks);
    else this.literal(chars);
    this.popIndent();
  }

  private plain(chars: string[], allowBreaks: boolean): void {
    if (!this.whitespace) this.put(' ');
    let spaces = false;
    let breaks = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && chars[i + 1] !== ' ') this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        spaces = breaks = false;
      }
    });
    this.whitespace = false;
    this.indention = false;
  }

  private singleQuoted(chars: string[], allowBreaks: boolean): void {
    this.writeIndicator("'", true, false, false);
    let spaces = false;
    let breaks = false;
    chars.forEach((c, i) => {
      if (c === ' ') {
        const canBreak = i > 0 && i < chars.length - 1 && chars[i + 1] !== ' ';
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && canBreak) this.writeIndent();
        else this.put(c);
        spaces = true;
      } else if (isBreak(c)) {
        if (!breaks && c === '\n') this.putBreak();
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        if (c === "'") this.put("'");
        this.put(c);
        this.indention = false;
        spaces = breaks = false;
      }
    });
    this.writeIndicator("'", false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private doubleQuoted(chars: string[], allowBreaks: boolean): void {
    let spaces = false;
    this.writeIndicator('"', true, false, false);
    chars.forEach((c, i) => {
      const code = c.codePointAt(0) ?? 0;
      if (!isPrintable(c) || code === 0xfeff || isBreak(c) || c === '"' || c === '\\') {
        this.put('\\');
        const short = SHORT_ESCAPES[code];
        if (short !== undefined) this.put(short);
        else {
          const [letter, width] = code <= 0xff ? ['x', 2] : code <= 0xffff ? ['u', 4] : ['U', 8];
          this.put(letter);
          for (const digit of code.toString(16).toUpperCase().padStart(width, '0')) this.put(digit);
        }
        spaces = false;
      } else if (c === ' ') {
        if (allowBreaks && !spaces && this.column > BEST_WIDTH && i > 0 && i < chars.length - 1) {
          this.writeIndent();
          if (chars[i + 1] === ' ') this.put('\\');
        } else this.put(c);
        spaces = true;
      } else {
        this.put(c);
        spaces = false;
      }
    });
    this.writeIndicator('"', false, false, false);
    this.whitespace = false;
    this.indention = false;
  }

  private literal(chars: string[]): void {
    this.writeIndicator('|', true, false, false);
    const first = chars[0];
    if (first === ' ' || (first !== undefined && isBreak(first)))
      this.writeIndicator(String(BEST_INDENT), false, false, false);
    const last = chars[chars.length - 1];
    let chomp = '';
    if (last === undefined || !isBreak(last)) chomp = '-';
    else if (chars.length === 1 || isBreak(chars[chars.length - 2] ?? '')) chomp = '+';
    if (chomp) this.writeIndicator(chomp, false, false, false);
    this.putBreak();
    this.indention = true;
    this.whitespace = true;
    let breaks = true;
    for (const c of chars) {
      if (isBreak(c)) {
        this.writeBreak(c);
        this.indention = true;
        breaks = true;
      } else {
        if (breaks) this.writeIndent();
        this.put(c);
        this.indention = false;
        breaks = false;
      }
    }
  }
}

type YamlNode =
  | { kind: 'scalar'; text: string; style: Style }
  | { kind: 'seq'; items: YamlNode[] }
  | { kind: 'map'; items: Array<[{ kind: 'scalar'; text: string; style: Style }, YamlNode]> };

/**
 * sigs.k8s.io/yaml re-reads the JSON text with yaml.v2, whose reader refuses some characters that
 * JSON leaves unescaped (DEL, C1 controls, U+FFFE/U+FFFF): the whole `toYaml` then gives "".
 * A raw NEL is read as a line break and folded, which is not reproduced here.
 */
const UNREADABLE = /[\u007f-\u0084\u0086-\u009f\ufffe\uffff]/;
const FOLDED = /\u0085/;

/** yaml.v2's stringv: plain unless the text would read back as something else. */
function stringNode(text: string): { kind: 'scalar'; text: string; style: Style } {
  if (UNREADABLE.test(text)) throw new UnencodableValue();
  if (FOLDED.test(text)) throw RenderFailure.unsupported('`toYaml` of text with U+0085 (NEL) is not supported.');
  const plain = resolvesAsString(text) && !isBase60Float(text);
  return { kind: 'scalar', text, style: text.includes('\n') ? 'literal' : plain ? 'plain' : 'double' };
}

/** A JSON number as yaml.v2 reads it back: an integer if it parses as one, else a float. */
function numberText(json: string, value: number): string {
  if (/^-?\d+$/.test(json)) {
    const integer = BigInt(json);
    if (integer >= -(2n ** 63n) && integer < 2n ** 64n) return integer.toString();
  }
  return formatShortest(value);
}

/** The value as yaml.v2 sees it after the JSON round trip. */
function toNode(value: GoValue, depth: number): YamlNode {
  if (depth > 200) throw RenderFailure.unsupported('`toYaml` of data nested this deeply is not supported.');
  if (value === undefined || value === null) return { kind: 'scalar', text: 'null', style: 'plain' };
  if (typeof value === 'boolean') return { kind: 'scalar', text: String(value), style: 'plain' };
  if (typeof value === 'string') return stringNode(value);
  if (typeof value === 'number') return { kind: 'scalar', text: numberText(jsonNumber(value), value), style: 'plain' };
  if (value instanceof GoInt) return { kind: 'scalar', text: value.value.toString(), style: 'plain' };
  if (value instanceof GoSlice) {
    if (value.isNil) return { kind: 'scalar', text: 'null', style: 'plain' };
    return { kind: 'seq', items: orderedItems(value, 'written as YAML').map((item) => toNode(item, depth + 1)) };
  }
  if (value instanceof GoMap) {
    if (value.isNil) return { kind: 'scalar', text: 'null', style: 'plain' };
    const keys = [...value.entries.keys()].sort(compareYamlKeys);
    return { kind: 'map', items: keys.map((key) => [stringNode(key), toNode(value.entries.get(key), depth + 1)]) };
  }
  if (value instanceof GoStruct) {
    throw RenderFailure.unsupported(`\`toYaml\` of ${value.typeName} is not supported.`);
  }
  throw RenderFailure.unsupported('`toYaml` of this value is not supported.');
}

/** Helm's toYaml: the YAML text without its final newline. */
export function toYaml(value: GoValue): string {
  let root: YamlNode;
  try {
    root = toNode(value, 0);
  } catch (failure) {
    // json.Marshal refuses NaN and infinities; Helm's toYaml swallows the error.
    if (failure instanceof UnencodableValue) return '';
    throw failure;
  }
  const emitter = new Emitter();
  emitter.node(root, { root: true }, 0);
  emitter.writeIndent();
  return emitter.out.endsWith('\n') ? emitter.out.slice(0, -1) : emitter.out;
}
