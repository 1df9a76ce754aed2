import { DockerfileParser, type Dockerfile, type From, type Instruction } from 'dockerfile-ast';
import './ast-guards';
import './ast-memo';
import { ReportingContext, type Report, type RuleMeta } from '../rule';
import { LineIndex } from '../text';
import type { Locale, Range } from '../types';
import { parseShell, type ShellCommand, type ShellParse } from './shell';

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
    if (!argsRange || this.ast.getEscapeCharacter() !== '\\' || !this.usesPosixShell(instruction)) return undefined;
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

  /** The commands of a RUN whose shell parsed; undefined for other instructions and unparsable shells. */
  runCommands(instruction: Instruction): readonly ShellCommand[] | undefined {
    if (instruction.getKeyword() !== 'RUN') return undefined;
    const shell = this.shellOf(instruction);
    return shell?.ok ? shell.commands : undefined;
  }

  /** The stage an instruction belongs to, or undefined before the first FROM. */
  stageOf(instruction: Instruction): Stage | undefined {
    const line = instruction.getRange().start.line;
    let found: Stage | undefined;
    for (const stage of this.stages) {
      if (stage.from.getRange().start.line > line) break;
      found = stage;
    }
    return found;
  }

  /** The earlier stage a stage builds on (`FROM builder`), if it names one. */
  parentStage(stage: Stage): Stage | undefined {
    const image = stage.from.getImage()?.toLowerCase();
    if (!image) return undefined;
    const before = this.stages.slice(0, this.stages.indexOf(stage));
    return [...before].reverse().find((s) => s.name === image);
  }

  /**
   * False when a SHELL instruction (in the stage or a stage it builds on) switched RUN to something
   * that is not a POSIX shell, such as PowerShell or cmd on Windows images; parsing that as sh
   * would only produce noise.
   */
  private usesPosixShell(instruction: Instruction): boolean {
    const line = instruction.getRange().start.line;
    const seen = new Set<Stage>();
    for (let stage = this.stageOf(instruction); stage && !seen.has(stage); stage = this.parentStage(stage)) {
      seen.add(stage);
      const shells = stage.instructions.filter((i) => i.getKeyword() === 'SHELL' && i.getRange().start.line < line);
      const last = shells[shells.length - 1];
      if (last)
        return POSIX_SHELL.test(
          last
            .getArguments()[0]
            ?.getValue()
            .replace(/[[\]",]/g, '') ?? '',
        );
    }
    return true;
  }
}

const POSIX_SHELL = /(^|\/)(sh|bash|ash|dash|zsh|ksh|busybox)$/;

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
