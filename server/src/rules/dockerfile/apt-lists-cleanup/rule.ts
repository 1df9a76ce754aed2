import { defineDockerfileRule } from '../../../engine/rule';
import type { DockerfileContext, RunStep } from '../../../engine/dockerfile/context';
import type { Fix, TextEdit } from '../../../engine/types';
import { APT_LISTS, isAptUpdate, listReadersAfter, removesAptLists, type ListReader } from '../apt';
import { callRange, packageCallOf, type PackageCall } from '../package-managers';
import { appendToRun, shellSource } from '../run-edits';
import { hasRunFlags, mountKeepsOut, runFlag } from '../run-mounts';
import { shippedStages } from '../support';
import { availablePackageCalls } from '../base-managers';

const CLEANUP = `rm -rf ${APT_LISTS}/*`;

export default defineDockerfileRule({
  id: 'apt-lists-cleanup',
  title: {
    en: 'Remove apt lists in the same RUN',
    ko: 'apt 목록은 같은 RUN에서 지우기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'linux-filesystem'],
  description: {
    en: '`apt-get update` downloads package indexes into /var/lib/apt/lists, tens of megabytes. Each RUN becomes a layer, so deleting them in a later RUN hides them but keeps them in the image. Updating in one RUN and installing in a later one is worse: the cached update layer keeps old lists, so a changed install line installs old versions or fails. Only the final image and the stages it is built FROM are judged: lists left in a build stage whose files are copied selectively never ship.',
    ko: '`apt-get update`는 수십 메가바이트의 패키지 색인을 /var/lib/apt/lists에 내려받습니다. RUN마다 레이어가 되므로 나중 RUN에서 지우면 가려질 뿐 이미지에는 남습니다. 한 RUN에서 갱신하고 다음 RUN에서 설치하면 더 나쁩니다: 캐시된 갱신 레이어가 오래된 목록을 간직해, 설치 줄을 바꾸면 옛 버전이 설치되거나 설치가 실패합니다. 최종 이미지와 그 이미지가 FROM으로 이어받는 스테이지만 판단합니다: 필요한 파일만 복사해 가는 빌드 스테이지에 남은 목록은 이미지에 실리지 않습니다.',
  },
  remediation: {
    en: 'Update, install and clean up in one RUN: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`. A BuildKit cache or tmpfs mount of /var/lib/apt (or of /var/lib/apt/lists) keeps the lists out of the layer as well.',
    ko: '갱신, 설치, 정리를 한 RUN에서 하세요: `RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/*`. /var/lib/apt(또는 /var/lib/apt/lists)에 BuildKit 캐시 마운트나 tmpfs 마운트를 써도 목록이 레이어에 남지 않습니다.',
  },
  peers: { hadolint: ['DL3009'] },
  example: {
    bad: 'FROM debian:12\nRUN apt-get update\nRUN apt-get install -y --no-install-recommends curl\nUSER nobody\nCMD ["curl", "--version"]\n',
    good: 'FROM debian:12\nRUN apt-get update \\\n && apt-get install -y --no-install-recommends curl \\\n && rm -rf /var/lib/apt/lists/*\nUSER nobody\nCMD ["curl", "--version"]\n',
  },
  messages: {
    keepsLists: {
      en: '"{command}" leaves /var/lib/apt/lists in this layer; remove it at the end of the same RUN.',
      ko: '"{command}"{이/가} /var/lib/apt/lists를 이 레이어에 남깁니다. 같은 RUN의 끝에서 지우세요.',
    },
    splitUpdate: {
      en: '"{command}" downloads the lists that the RUN on line {line} installs from, so they cannot be removed here. Run the update in that RUN, just before the install, and remove /var/lib/apt/lists at its end.',
      ko: '"{command}"{이/가} 내려받은 목록으로 {line}번째 줄의 RUN이 설치하므로 여기서는 지울 수 없습니다. 갱신을 그 RUN의 설치 바로 앞으로 옮기고, 그 RUN의 끝에서 /var/lib/apt/lists를 지우세요.',
    },
    fixTitle: { en: 'Remove /var/lib/apt/lists at the end of the RUN', ko: 'RUN 끝에서 /var/lib/apt/lists 지우기' },
    mergeTitle: {
      en: 'Update in the RUN that installs, and remove the lists there',
      ko: '설치하는 RUN에서 갱신하고 그 RUN에서 목록 지우기',
    },
  },
  fix: 'safe',
  check(ctx) {
    const shipped = shippedStages(ctx.file);
    for (const step of ctx.file.runs()) {
      // Lists left in a build stage whose files are only partly copied never reach the image.
      if (!step.commands || (step.stage && !shipped.has(step.stage)) || mountKeepsOut(step.run, APT_LISTS)) continue;
      const update = availablePackageCalls(ctx.file, step).find(isAptUpdate);
      if (!update || step.commands.some(removesAptLists)) continue;
      const command = [update.command.name, ...update.command.args.map((a) => a.raw)].join(' ');
      const readers = step.onbuild ? [] : listReadersAfter(ctx.file, step);
      const first = readers[0];
      if (!first) {
        const edit = appendToRun(ctx, step, CLEANUP, removesAptLists);
        const fix = edit ? { title: ctx.t('fixTitle'), edits: [edit] } : undefined;
        ctx.report({ range: callRange(update), message: ctx.t('keepsLists', { command }), ...(fix ? { fix } : {}) });
        continue;
      }
      const fix = mergeIntoReaders(ctx, step, update, readers);
      ctx.report({
        range: callRange(update),
        message: ctx.t('splitUpdate', { command, line: first.step.instruction.getRange().start.line + 1 }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/**
 * Gives every RUN that installs from these lists its own update, and removes the lists in each:
 * `RUN apt-get update` alone disappears, a RUN that also installs keeps its install and cleans up.
 * `update && <RUN>` fails exactly when the two RUNs would, but only when the RUN is one `&&` chain;
 * otherwise, or when a RUN cannot reach the network or its text cannot be edited, nothing is offered.
 */
function mergeIntoReaders(
  ctx: DockerfileContext,
  step: RunStep,
  update: PackageCall,
  readers: readonly ListReader[],
): Fix | undefined {
  const updateText = ctx.text.slice(
    ctx.index.offsetAt(update.command.range.start),
    ctx.index.offsetAt(update.command.range.end),
  );
  const edits: TextEdit[] = [];
  for (const { step: reader } of readers) {
    const source = shellSource(ctx, reader);
    if (!source || !reader.commands || runFlag(reader.run, 'network') === 'none') return undefined;
    const shell = ctx.file.shellOf(reader.instruction);
    if (!shell?.ok || !shell.andChain) return undefined;
    const at = ctx.index.positionAt(source.start);
    edits.push({ range: { start: at, end: at }, newText: `${updateText} && ` });
    if (!reader.commands.some(removesAptLists)) {
      const cleanup = appendToRun(ctx, reader, CLEANUP, removesAptLists);
      if (!cleanup) return undefined;
      edits.push(cleanup);
    }
  }
  const updatesOnly =
    step.commands?.every((c) => {
      const call = packageCallOf(c);
      return call !== undefined && isAptUpdate(call);
    }) ?? false;
  if (updatesOnly && !hasRunFlags(step.run)) {
    const start = step.instruction.getRange().start.line;
    const end = step.instruction.getRange().end.line + 1;
    edits.push({ range: { start: { line: start, character: 0 }, end: { line: end, character: 0 } }, newText: '' });
  } else {
    const cleanup = appendToRun(ctx, step, CLEANUP, removesAptLists);
    if (!cleanup) return undefined;
    edits.push(cleanup);
  }
  return { title: ctx.t('mergeTitle'), edits, safety: 'safe' };
}
