import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import { ReportingContext, type Report, type RuleMeta } from '../rule';
import { LineIndex } from '../text';
import type { Locale, Range } from '../types';
import { parseShell, type ShellParse } from './shell';

/** One build stage: its FROM and the instructions up to the next FROM. */
export interface Stage {
  from: From;
  /** The `AS name` of the stage, lower-cased as BuildKit compares it. */
  name: string | undefined;
  instructions: Instruction[];
}

/** Parsed once per lint run and shared by every Dockerfile rule. */
export class ParsedDockerfile {
  readonly index: LineIndex;
  readonly ast: Dockerfile;
  readonly instructions: Instruction[];
  readonly stages: Stage[];
  private readonly shellCache = new Map<Instruction, ShellParse>();

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
    this.ast = DockerfileParser.parse(text);
    this.instructions = this.ast.getInstructions();
    this.stages = splitStages(this.instructions);
  }

  /** Stage names declared before the given line, so `FROM builder` is not mistaken for an image. */
  stageNamesBefore(line: number): Set<string> {
    const names = new Set<string>();
    for (const stage of this.stages) {
      if (stage.from.getRange().start.line >= line) break;
      if (stage.name) names.add(stage.name);
    }
    return names;
  }

  /** The shell commands of a shell-form RUN (or CMD/ENTRYPOINT), parsed once and cached. */
  shellOf(instruction: Instruction): ShellParse | undefined {
    const cached = this.shellCache.get(instruction);
    if (cached) return cached;
    const argsRange = instruction.getArgumentsRange();
    if (!argsRange || this.ast.getEscapeCharacter() !== '\\') return undefined;
    const start = this.index.offsetAt(argsRange.start);
    const end = this.index.offsetAt(argsRange.end);
    let source = this.text.slice(start, end);
    const flags = /^(--[a-z-]+(=\S*)?\s+)+/.exec(source);
    const skip = flags ? flags[0].length : 0;
    source = source.slice(skip);
    if (source.trimStart().startsWith('[') || source.trimStart().startsWith('<<')) return undefined;
    const parsed = parseShell(source, start + skip, this.index);
    this.shellCache.set(instruction, parsed);
    return parsed;
  }
}

function splitStages(instructions: Instruction[]): Stage[] {
  const stages: Stage[] = [];
  for (const instruction of instructions) {
    if (instruction.getKeyword() === 'FROM') {
      const from = instruction as From;
      stages.push({ from, name: from.getBuildStage()?.toLowerCase() ?? undefined, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(instruction);
    }
  }
  return stages;
}

export class DockerfileContext extends ReportingContext {
  constructor(
    readonly file: ParsedDockerfile,
    readonly uri: string,
    rule: RuleMeta,
    locale: Locale,
    sink: (report: Report) => void,
  ) {
    super(rule, locale, sink);
  }

  get text(): string {
    return this.file.text;
  }
  get index(): LineIndex {
    return this.file.index;
  }
  get instructions(): Instruction[] {
    return this.file.instructions;
  }
  get stages(): Stage[] {
    return this.file.stages;
  }

  /** The keyword and its arguments, without a trailing comment or continuation lines beyond the instruction. */
  rangeOf(instruction: Instruction): Range {
    return instruction.getRange();
  }

  keywordRange(instruction: Instruction): Range {
    return instruction.getInstructionRange();
  }
}
