import { defineComposeRule, localize, type LocalizedText } from '../../../engine/rule';
import { ownValue } from '../../../engine/own-keys';
import { composeFile } from '../example-files';
import { listItems } from '../service-items';

/**
 * Capabilities that reach past the container into the kernel every container of the host shares,
 * or into what Linux does not namespace (the clock, kernel modules); the same list as the
 * Kubernetes rule no-dangerous-capabilities, with NET_ADMIN, PERFMON and SYS_TIME besides.
 */
const HOST_CAPABILITIES: Readonly<Record<string, LocalizedText>> = {
  ALL: { en: 'every capability, as good as privileged', ko: '모든 케이퍼빌리티로, 특권 모드와 다름없음' },
  SYS_ADMIN: {
    en: 'mounts, namespaces and dozens of admin calls: the classic way out of a container',
    ko: '마운트, 네임스페이스와 수십 가지 관리 호출. 컨테이너를 벗어나는 전형적인 길',
  },
  SYS_MODULE: { en: 'loads code into the host’s kernel', ko: '호스트의 커널에 코드를 적재함' },
  SYS_RAWIO: { en: 'raw access to the host’s devices and memory', ko: '호스트의 장치와 메모리에 직접 접근함' },
  SYS_PTRACE: {
    en: 'reads and changes the memory of other processes',
    ko: '다른 프로세스의 메모리를 읽고 바꿈',
  },
  SYS_BOOT: { en: 'reboots the host or loads a new kernel', ko: '호스트를 재부팅하거나 새 커널을 적재함' },
  SYS_TIME: {
    en: 'sets the host’s clock, which no namespace separates',
    ko: '어떤 네임스페이스로도 나뉘지 않는 호스트의 시계를 바꿈',
  },
  DAC_READ_SEARCH: {
    en: 'opens files of the host by handle, past the container’s mounts',
    ko: '컨테이너의 마운트를 넘어 호스트의 파일을 핸들로 엶',
  },
  BPF: { en: 'loads programs into the host’s kernel', ko: '호스트의 커널에 프로그램을 적재함' },
  PERFMON: {
    en: 'watches the whole host’s performance events and, beside BPF, traces its kernel',
    ko: '호스트 전체의 성능 이벤트를 보고, BPF와 함께라면 커널을 추적함',
  },
  MAC_ADMIN: { en: 'changes the host’s AppArmor or SELinux policy', ko: '호스트의 AppArmor나 SELinux 정책을 바꿈' },
  MAC_OVERRIDE: {
    en: 'bypasses the host’s AppArmor or SELinux policy',
    ko: '호스트의 AppArmor나 SELinux 정책을 우회함',
  },
  NET_ADMIN: {
    en: 'rewrites routes, firewall rules and interfaces, the host’s own when it shares the host’s network',
    ko: '라우팅, 방화벽 규칙, 인터페이스를 바꾸며, 호스트의 네트워크를 공유하면 호스트의 것을 바꿈',
  },
};

/** A capability as Docker reads it: any letters, with or without the `CAP_` prefix. */
function capabilityName(written: string): string {
  return written.trim().toUpperCase().replace(/^CAP_/, '');
}

export default defineComposeRule({
  id: 'compose-dangerous-capabilities',
  title: {
    en: 'Do not add capabilities that reach the host’s kernel',
    ko: '호스트의 커널에 닿는 케이퍼빌리티 추가하지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  description: {
    en: 'Linux splits root’s power into capabilities, and Docker gives a container only a small set by default. A few reach past the container into the kernel that every container of the host shares: `SYS_ADMIN` (mounts and namespaces), `SYS_MODULE` and `BPF` (code in the kernel), `SYS_PTRACE`, `SYS_RAWIO`, `DAC_READ_SEARCH`, `PERFMON`, `SYS_TIME` (the clock is not namespaced), or simply `ALL`. Each is a known way out of the container: with one of them, a compromised service can take over the host. `NET_ADMIN` stays inside the container’s own network, unless that network is the host’s.',
    ko: '리눅스는 root의 힘을 케이퍼빌리티로 나누고, Docker는 기본으로 컨테이너에 작은 묶음만 줍니다. 몇몇은 컨테이너를 넘어 호스트의 모든 컨테이너가 함께 쓰는 커널에 닿습니다. `SYS_ADMIN`(마운트와 네임스페이스), `SYS_MODULE`과 `BPF`(커널 안의 코드), `SYS_PTRACE`, `SYS_RAWIO`, `DAC_READ_SEARCH`, `PERFMON`, `SYS_TIME`(시계는 네임스페이스로 나뉘지 않음), 또는 그냥 `ALL`입니다. 각각이 컨테이너를 벗어나는 알려진 길이므로, 이 중 하나만 있어도 침해된 서비스가 호스트를 빼앗을 수 있습니다. `NET_ADMIN`은 컨테이너 자신의 네트워크 안에 머물지만, 그 네트워크가 호스트의 것이라면 그렇지 않습니다.',
  },
  remediation: {
    en: 'Remove the capability from `cap_add`. If the program needs one narrow power (binding a low port: `NET_BIND_SERVICE`; changing file owners: `CHOWN`), add only that. Better still, start from nothing with `cap_drop: [ALL]` and add back what the program shows it needs.',
    ko: '`cap_add`에서 그 케이퍼빌리티를 지우세요. 프로그램에 좁은 권한 하나가 필요하다면(낮은 포트 열기는 `NET_BIND_SERVICE`, 파일 소유자 바꾸기는 `CHOWN`) 그것만 추가하세요. 더 나은 방법은 `cap_drop: [ALL]`로 아무것도 없이 시작해 프로그램에 필요하다고 드러난 것만 다시 더하는 것입니다.',
  },
  exceptions: {
    en: 'VPN and firewall containers (WireGuard, OpenVPN, gluetun, Pi-hole’s DHCP) need `NET_ADMIN` in their own network; FUSE and storage tools mount with `SYS_ADMIN`; debuggers and profilers need `SYS_PTRACE`, `PERFMON` or `BPF`; time servers need `SYS_TIME`. Keep them to the service that needs them and say why on the line before: `# cntutor ignore=compose-dangerous-capabilities`.',
    ko: 'VPN과 방화벽 컨테이너(WireGuard, OpenVPN, gluetun, Pi-hole의 DHCP)는 자신의 네트워크에서 `NET_ADMIN`이 필요하고, FUSE와 스토리지 도구는 `SYS_ADMIN`으로 마운트하며, 디버거와 프로파일러는 `SYS_PTRACE`, `PERFMON`, `BPF`가, 시간 서버는 `SYS_TIME`이 필요합니다. 필요한 서비스에만 두고 바로 윗줄에 `# cntutor ignore=compose-dangerous-capabilities`로 이유를 밝혀 두세요.',
  },
  peers: {},
  noPeer:
    'dclint, the Compose linter catalogued here, checks style and naming; it has no check about the capabilities a service adds.',
  example: {
    bad: composeFile({ web: ['cap_add:', '  - SYS_ADMIN'] }),
    good: composeFile({ web: ['cap_drop: [ALL]', 'cap_add:', '  - NET_BIND_SERVICE'] }),
  },
  messages: {
    added: {
      en: 'Service "{name}" adds {capability}: {reason}.',
      ko: '서비스 "{name}"{이/가} {capability|을/를} 추가합니다. {reason}.',
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const item of listItems(ctx, service, 'cap_add')) {
        if (typeof item.value !== 'string') continue;
        const capability = capabilityName(item.value);
        const reason = ownValue(HOST_CAPABILITIES, capability);
        if (!reason) continue;
        ctx.report({
          range: item.range,
          message: ctx.t('added', { name: service.name, capability, reason: localize(reason, ctx.locale) }),
        });
      }
    }
  },
});
