import { isSeq, type YAMLSeq } from 'yaml';
import { defineKubernetesRule } from '../../../engine/rule';
import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { WORKLOAD_KINDS, type ContainerRef } from '../../../engine/kubernetes/workloads';
import { insertIntoMap } from '../../../engine/kubernetes/yaml-edit';
import type { Fix, TextEdit } from '../../../engine/types';
import { containerWith, deployment, securityContextWith } from '../example-files';
import { ALL_ROLES, containersWith, isWindowsPod, securityContextRange } from '../support';
import { appendToBlockSequence } from '../block-edit';
import { BASELINE_CAPABILITIES, capitalsFix, capabilityEntries, inOtherLetters } from '../security-context';
import { isPartialObject } from '../partial';

export default defineKubernetesRule({
  id: 'drop-all-capabilities',
  title: {
    en: 'Drop all capabilities, then add back only what is needed',
    ko: '케이퍼빌리티를 모두 버리고 필요한 것만 다시 추가하기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'linux-filesystem'],
  kinds: WORKLOAD_KINDS,
  description: {
    en: 'Unless told otherwise, the runtime hands every container a default set of capabilities that few programs use: `NET_RAW` (raw packets, enough to spoof other pods’ traffic on the node’s network), `CHOWN`, `DAC_OVERRIDE`, `SETUID`, `MKNOD` and more. `drop: [ALL]` takes them away, and `add` then names the few the program really needs. Namespaces that enforce the restricted Pod Security Standard require exactly this, and accept only `NET_BIND_SERVICE` added back; they compare the names as written, so `drop: [all]`, which the runtime reads as ALL, is refused there. Keeping the default set is reported as a suggestion (info); dropping some capabilities by hand but keeping `NET_RAW`, or adding one back under `drop: [ALL]`, as a warning.',
    ko: '따로 지정하지 않으면 런타임은 모든 컨테이너에 기본 케이퍼빌리티 묶음을 주지만, 이를 쓰는 프로그램은 드뭅니다. `NET_RAW`(원시 패킷, 노드 네트워크에서 다른 파드의 트래픽을 위장하기에 충분함), `CHOWN`, `DAC_OVERRIDE`, `SETUID`, `MKNOD` 등입니다. `drop: [ALL]`이 이를 모두 거두고, `add`에는 프로그램에 정말 필요한 몇 가지만 적습니다. 파드 시큐리티 스탠다드의 제한(restricted) 프로필을 강제하는 네임스페이스는 바로 이것을 요구하며, 다시 추가하는 것은 `NET_BIND_SERVICE`만 받아들입니다. 이름은 적힌 그대로 비교하므로, 런타임이 ALL로 읽는 `drop: [all]`도 그곳에서는 거부됩니다. 기본 묶음을 그대로 두는 것은 제안(정보)으로, 일부만 직접 버리면서 `NET_RAW`를 남기거나 `drop: [ALL]` 아래에서 다시 추가하는 것은 경고로 알립니다.',
  },
  remediation: {
    en: 'Set `securityContext.capabilities.drop: [ALL]` on every container. If the program then fails, add back only the capability it needs (`NET_BIND_SERVICE` for a port below 1024), or better, change it so it needs none.',
    ko: '모든 컨테이너에 `securityContext.capabilities.drop: [ALL]`을 설정하세요. 그 뒤 프로그램이 실패하면 필요한 케이퍼빌리티만(1024 아래 포트라면 `NET_BIND_SERVICE`) 다시 추가하거나, 더 좋게는 아무것도 필요 없도록 바꾸세요.',
  },
  peers: {
    kubeLinter: ['drop-net-raw-capability'],
    polaris: ['insecureCapabilities', 'linuxHardening'],
    pss: ['capabilities-restricted'],
    trivy: ['KSV003', 'KSV004', 'KSV106'],
    checkov: ['CKV_K8S_28', 'CKV_K8S_37'],
  },
  example: {
    bad: deployment({
      container: containerWith({ securityContext: securityContextWith({ capabilities: undefined }) }),
    }),
    good: deployment(),
  },
  messages: {
    missing: {
      en: 'Container "{name}" keeps the runtime’s default capabilities, NET_RAW among them: drop ALL.',
      ko: '컨테이너 "{name}"{이/가} NET_RAW를 포함한 런타임 기본 케이퍼빌리티를 그대로 가집니다. ALL을 버리세요.',
    },
    partialNetRaw: {
      en: 'Container "{name}" drops some capabilities but keeps the rest of the default set, NET_RAW among them: drop ALL.',
      ko: '컨테이너 "{name}"{이/가} 케이퍼빌리티 일부만 버려 NET_RAW를 포함한 나머지 기본 묶음을 가집니다. ALL을 버리세요.',
    },
    partial: {
      en: 'Container "{name}" drops some capabilities but keeps the rest of the default set: drop ALL.',
      ko: '컨테이너 "{name}"{이/가} 케이퍼빌리티 일부만 버려 나머지 기본 묶음을 가집니다. ALL을 버리세요.',
    },
    addsBack: {
      en: 'Container "{name}" adds back {capability}: restricted namespaces accept only NET_BIND_SERVICE.',
      ko: '컨테이너 "{name}"{이/가} {capability|을/를} 다시 추가합니다. 제한(restricted) 프로필을 강제하는 네임스페이스는 NET_BIND_SERVICE만 받아들입니다.',
    },
    otherLetters: {
      en: 'Container "{name}" drops "{written}": the runtime reads it as ALL, but Pod Security admission compares the name as written, so restricted namespaces refuse the pod. Write ALL.',
      ko: '컨테이너 "{name}"{이/가} "{written}"{을/를} 버립니다. 런타임은 이를 ALL로 읽지만 파드 시큐리티 어드미션은 이름을 적힌 그대로 비교하므로, 제한(restricted) 프로필을 강제하는 네임스페이스는 파드를 거부합니다. ALL로 적으세요.',
    },
    fix: {
      en: 'Drop ALL capabilities',
      ko: '케이퍼빌리티 ALL 버리기',
    },
    capitals: { en: 'Write ALL in capitals', ko: 'ALL을 대문자로 쓰기' },
  },
  fix: 'unsafe',
  check(ctx) {
    // A kustomize patch leaves out what its base sets; an absent setting says nothing there.
    if (isPartialObject(ctx)) return;
    if (isWindowsPod(ctx)) return;
    for (const container of containersWith(ctx, ALL_ROLES)) {
      const context = [...container.path, 'securityContext'];
      const drops = capabilityEntries(ctx, container, 'drop');
      const dropped = drops.map((entry) => entry.name);
      const name = container.name;
      if (dropped.includes('ALL')) {
        // The runtime drops everything for `all`; the restricted profile only for `ALL` as written.
        const allInOtherLetters = drops.some((entry) => entry.written === 'ALL')
          ? []
          : drops.filter((entry) => entry.name === 'ALL' && inOtherLetters(entry));
        for (const entry of allInOtherLetters) {
          const fix = capitalsFix(ctx, entry, ctx.t('capitals'));
          ctx.report({
            range: ctx.valueRange(entry.path),
            message: ctx.t('otherLetters', { name, written: entry.written }),
            ...(fix ? { fix } : {}),
          });
        }
        for (const entry of capabilityEntries(ctx, container, 'add')) {
          // Capabilities outside the default set are reported by no-extra-capabilities and no-dangerous-capabilities.
          if (entry.name === 'NET_BIND_SERVICE' || !BASELINE_CAPABILITIES.has(entry.name)) continue;
          ctx.report({
            range: ctx.valueRange(entry.path),
            message: ctx.t('addsBack', { name, capability: entry.name }),
          });
        }
        continue;
      }
      const dropPath = [...context, 'capabilities', 'drop'];
      const fix = dropAllFix(ctx, container, ctx.t('fix'));
      const id = dropped.length === 0 ? 'missing' : dropped.includes('NET_RAW') ? 'partial' : 'partialNetRaw';
      ctx.report({
        range: ctx.node(dropPath) ? ctx.keyRange(dropPath) : securityContextRange(ctx, container),
        message: ctx.t(id, { name }),
        // Keeping the default set is what the restricted profile forbids; keeping NET_RAW after dropping
        // others by hand looks like an oversight, so it stays a warning.
        ...(id === 'partialNetRaw' ? {} : { severity: 'info' as const }),
        ...(fix ? { fix } : {}),
      });
    }
  },
});

/** Adds ALL to the container's drop list, creating the list (and its maps) when missing. */
function dropAllFix(ctx: KubernetesContext, container: ContainerRef, title: string): Fix | undefined {
  const drop = ctx.node([...container.path, 'securityContext', 'capabilities', 'drop']);
  let edit: TextEdit | undefined;
  if (drop === undefined) {
    edit = insertIntoMap(ctx.index, container.node, ['securityContext', 'capabilities'], ['drop: [ALL]']);
  } else if (isSeq(drop)) {
    edit = drop.flow ? prependToFlowSeq(ctx, drop) : appendToBlockSequence(ctx.index, drop, [['ALL']]);
  }
  return edit ? { title, edits: [edit] } : undefined;
}

/** `[NET_RAW]` becomes `[ALL, NET_RAW]`, `[]` becomes `[ALL]`. */
function prependToFlowSeq(ctx: KubernetesContext, seq: YAMLSeq): TextEdit | undefined {
  if (!seq.range || ctx.text.charAt(seq.range[0]) !== '[') return undefined;
  const at = ctx.index.positionAt(seq.range[0] + 1);
  return { range: { start: at, end: at }, newText: seq.items.length === 0 ? 'ALL' : 'ALL, ' };
}
