import {
  DockerfileParser,
  type Dockerfile,
  type From,
  type Heredoc,
  type Instruction,
  type Onbuild,
} from 'dockerfile-ast';
import './ast-guards';
import './ast-memo';
import { dockerfileIssues, type FileIssue } from '../../dockerfile-schema/file';
import { scanDockerfile, type ScannedDockerfile } from '../../dockerfile-schema/scan';
import type { Config } from '../config';
import { ReportingContext, type Report, type RuleMeta } from '../rule';
import { LineIndex } from '../text';
import type { Locale, Range } from '../types';
import type { BuildContext } from './build-context';
import { parseShell, type BashConstruct, type ShellCommand, type ShellParse } from './shell';
import { imageWithDefaults } from './from-image';
import { isWindowsStage } from './windows-stage';

/** One build stage: its FROM and the instructions up to the next FROM. */
export interface Stage {
  from: From;
  /** The `AS name` of the stage, lower-cased as BuildKit compares it. */
  name: string | undefined;
  instructions: Instruction[];
}

/**
 * A RUN as the build executes it: a RUN instruction, or the RUN an `ONBUILD RUN …` triggers when an
 * image is built FROM this one. Rules about RUN read these, so both are analysed alike.
 */
export interface RunStep {
  /** What is written in the file: the RUN, or the ONBUILD that wraps it. */
  instruction: Instruction;
  /** The RUN itself: the same instruction, or the ONBUILD's trigger. */
  run: Instruction;
  onbuild: boolean;
  /** The stage it is written in; undefined before the first FROM. */
  stage: Stage | undefined;
  /** Its commands when its shell is POSIX and parses; a here-document script counts. */
  commands: readonly ShellCommand[] | undefined;
  /** Its bash-only constructs when its shell parses (empty otherwise), whatever shell runs it. */
  bashOnly: readonly BashConstruct[];
  /** Written as `RUN <<EOF`: edits of its text are not simple appends. */
  heredoc: boolean;
}

/** Parsed once per lint run and shared by every Dockerfile rule. */
export class ParsedDockerfile {
  readonly index: LineIndex;
  readonly ast: Dockerfile;
  readonly instructions: Instruction[];
  readonly stages: Stage[];
  private readonly shellCache = new Map<Instruction, ShellParse | undefined>();
  private readonly stageShells = new Map<Stage, Instruction[]>();
  private runSteps: RunStep[] | undefined;
  private scanned: ScannedDockerfile | undefined;
  private issues: FileIssue[] | undefined;

  constructor(readonly text: string) {
    this.index = new LineIndex(text);
    this.ast = DockerfileParser.parse(text);
    this.instructions = this.ast.getInstructions();
    this.stages = splitStages(this.instructions);
  }

  /** The file as BuildKit's parser reads it: directives, logical instructions, here-documents. */
  get buildkit(): ScannedDockerfile {
    this.scanned ??= scanDockerfile(this.text);
    return this.scanned;
  }

  /** Syntax problems against the Dockerfile schema, in document offsets. */
  get syntaxIssues(): FileIssue[] {
    this.issues ??= dockerfileIssues(this.buildkit);
    return this.issues;
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

  /**
   * The shell commands of a shell-form RUN (or CMD/ENTRYPOINT, or the RUN an ONBUILD triggers),
   * parsed once and cached. A `RUN <<EOF` script is its here-document's body; a command that reads
   * a here-document (`cat <<EOF > file`) is parsed with the document as the shell sees it.
   */
  shellOf(instruction: Instruction): ShellParse | undefined {
    if (this.shellCache.has(instruction)) return this.shellCache.get(instruction);
    const parsed = this.parseShellOf(instruction);
    this.shellCache.set(instruction, parsed);
    return parsed;
  }

  private parseShellOf(instruction: Instruction): ShellParse | undefined {
    const run = instruction.getKeyword() === 'ONBUILD' ? (instruction as Onbuild).getTriggerInstruction() : instruction;
    const argsRange = run?.getArgumentsRange();
    if (!run || !argsRange || this.ast.getEscapeCharacter() !== '\\' || !this.usesPosixShell(instruction))
      return undefined;
    const start = this.index.offsetAt(argsRange.start);
    const end = this.index.offsetAt(argsRange.end);
    let source = this.text.slice(start, end);
    const flags = /^(--[a-z-]+(=\S*)?\s+)+/.exec(source);
    const skip = flags ? flags[0].length : 0;
    source = source.slice(skip);
    if (source.trimStart().startsWith('[')) return undefined;
    const heredocs = run.getKeyword() === 'RUN' ? heredocsOf(run) : [];
    if (heredocs.length > 0) return this.heredocShell(heredocs, source, start + skip);
    return parseShell(source, start + skip, this.index);
  }

  /**
   * `RUN <<EOF` (or `RUN <<EOF bash`) runs the body as the script; a shebang naming another
   * interpreter makes it no shell at all. Any other command line is shell that reads its
   * here-documents, parsed whole and as written: Docker removes no comment lines from a heredoc.
   * A heredoc without its closing line is left to the syntax check, which reports it once.
   */
  private heredocShell(heredocs: Heredoc[], source: string, offset: number): ShellParse | undefined {
    if (heredocs.some((heredoc) => !heredoc.getDelimiterRange())) return undefined;
    const firstLine = source.slice(0, source.search(/\r?\n|$/));
    const command = firstLine.replace(/<<-?\s*(["']?)[A-Za-z0-9_.-]+\1/g, '').trim();
    const body = heredocs[0]?.getContentRange();
    if (heredocs.length === 1 && SCRIPT_RUNNER.test(command)) {
      if (!body) return { ok: true, commands: [], andChain: false, bashOnly: [] };
      const text = this.text.slice(this.index.offsetAt(body.start), this.index.offsetAt(body.end));
      const shebang = /^#!\s*(\S+)(?:\s+(\S+))?/.exec(text);
      const interpreter = shebang && (shebang[1]?.endsWith('/env') ? shebang[2] : shebang[1]);
      if (interpreter && !POSIX_SHELL.test(interpreter)) return undefined;
      return parseShell(text, this.index.offsetAt(body.start), this.index, { verbatim: true });
    }
    return parseShell(source, offset, this.index, { verbatim: true });
  }

  /** Every RUN of the file and every RUN an ONBUILD triggers, in file order, with their commands. */
  runs(): readonly RunStep[] {
    if (this.runSteps) return this.runSteps;
    const steps: RunStep[] = [];
    let stage: Stage | undefined;
    let next = 0;
    for (const instruction of this.instructions) {
      const keyword = instruction.getKeyword();
      if (keyword === 'FROM') stage = this.stages[next++];
      const run =
        keyword === 'RUN'
          ? instruction
          : keyword === 'ONBUILD'
            ? (instruction as Onbuild).getTriggerInstruction()
            : undefined;
      if (!run || run.getKeyword() !== 'RUN') continue;
      const shell = this.shellOf(instruction);
      steps.push({
        instruction,
        run,
        onbuild: keyword === 'ONBUILD',
        stage,
        commands: shell?.ok ? shell.commands : undefined,
        bashOnly: shell?.ok ? shell.bashOnly : NO_CONSTRUCTS,
        heredoc: heredocsOf(run).length > 0,
      });
    }
    this.runSteps = steps;
    return steps;
  }

  /** The commands of a RUN (or ONBUILD RUN) whose shell parsed; undefined for other instructions and unparsable shells. */
  runCommands(instruction: Instruction): readonly ShellCommand[] | undefined {
    const keyword = instruction.getKeyword();
    if (keyword !== 'RUN' && keyword !== 'ONBUILD') return undefined;
    return this.runs().find((step) => step.instruction === instruction)?.commands;
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
    const image = stage.from.getImage() && imageWithDefaults(this, stage.from).toLowerCase();
    if (!image) return undefined;
    const before = this.stages.slice(0, this.stages.indexOf(stage));
    return [...before].reverse().find((s) => s.name === image);
  }

  /** The stage's SHELL instructions, found once: every shell-form instruction of the stage asks. */
  private shellsOf(stage: Stage): Instruction[] {
    let shells = this.stageShells.get(stage);
    if (!shells) {
      shells = stage.instructions.filter((instruction) => instruction.getKeyword() === 'SHELL');
      this.stageShells.set(stage, shells);
    }
    return shells;
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
      const shells = this.shellsOf(stage);
      let last: Instruction | undefined;
      for (let i = shells.length - 1; i >= 0 && !last; i--)
        if ((shells[i] as Instruction).getRange().start.line < line) last = shells[i];
      if (last)
        return POSIX_SHELL.test(
          last
            .getArguments()[0]
            ?.getValue()
            .replace(/[[\]",]/g, '') ?? '',
        );
      // Windows images run RUN with cmd unless a SHELL says otherwise.
      if (isWindowsStage(this, stage)) return false;
    }
    return true;
  }
}

/** dockerfile-ast declares getHeredocs protected on Instruction and public on RUN, COPY and ADD. */
function heredocsOf(instruction: Instruction): Heredoc[] {
  return (instruction as unknown as { getHeredocs(): Heredoc[] }).getHeredocs();
}

const NO_CONSTRUCTS: readonly BashConstruct[] = Object.freeze([]);
const POSIX_SHELL = /(^|\/)(sh|bash|ash|dash|zsh|ksh|busybox)$/;
/** `RUN <<EOF`, or a shell reading the script from its standard input (`RUN <<EOF bash -e`). */
const SCRIPT_RUNNER = /^((\/usr)?(\/bin\/)?(sh|bash|ash|dash|zsh|ksh)(\s+-[a-zA-Z]+)*)?$/;

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
    /** The settings of this run, for rules a project configures (trusted registries, label schema). */
    readonly config: Config,
    /** What the caller knows about the build context; empty when nobody looked. */
    readonly buildContext: BuildContext = {},
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
