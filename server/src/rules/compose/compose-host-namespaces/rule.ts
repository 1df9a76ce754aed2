import { defineComposeRule } from '../../../engine/rule';
import { composeFile } from '../example-files';

/** The service keys that can put a container in one of the host's own namespaces, by message id. */
const HOST_KEYS = ['network_mode', 'pid', 'ipc', 'uts', 'userns_mode', 'cgroup'] as const;

export default defineComposeRule({
  id: 'compose-host-namespaces',
  title: {
    en: 'Keep Compose services out of the host’s namespaces',
    ko: 'Compose 서비스를 호스트의 네임스페이스 밖에 두기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['containers', 'virtualization'],
  description: {
    en: 'A container is a process that Linux namespaces give a world of its own: its own network, process table, shared memory, hostname, users and cgroups. `network_mode: host`, `pid: host`, `ipc: host`, `uts: host`, `userns_mode: host` and `cgroup: host` each hand one of those back to the host. With the host’s network the service listens on every address of the machine (no port mapping, no firewall Docker manages) and reaches services bound to the host’s localhost; with its processes it sees and signals every process of the host; with its IPC it reads other processes’ shared memory. Each one removes a wall an attacker in the container would otherwise have to climb.',
    ko: '컨테이너는 리눅스 네임스페이스로 자신만의 세계를 받은 프로세스입니다. 자신만의 네트워크, 프로세스 목록, 공유 메모리, 호스트 이름, 사용자, cgroup을 가집니다. `network_mode: host`, `pid: host`, `ipc: host`, `uts: host`, `userns_mode: host`, `cgroup: host`는 각각 그중 하나를 호스트의 것으로 되돌립니다. 호스트의 네트워크를 쓰면 서비스가 머신의 모든 주소에서 수신하고(포트 매핑도, Docker가 관리하는 방화벽도 없음) 호스트의 localhost에만 열린 서비스에 닿습니다. 호스트의 프로세스를 쓰면 호스트의 모든 프로세스를 보고 시그널을 보내며, 호스트의 IPC를 쓰면 다른 프로세스의 공유 메모리를 읽습니다. 하나하나가 컨테이너 안의 공격자가 넘어야 했을 벽을 없앱니다.',
  },
  remediation: {
    en: 'Remove the key. Publish the ports the service serves with `ports:` (bound to `127.0.0.1` when only the host needs them) instead of the host network; let services that must talk share a Compose network, or one service’s namespace (`pid: "service:app"`, `network_mode: "service:vpn"`) rather than the host’s.',
    ko: '키를 지우세요. 호스트 네트워크 대신 서비스가 제공하는 포트를 `ports:`로 게시하고(호스트만 쓴다면 `127.0.0.1`에 묶어서), 서로 통신해야 하는 서비스는 Compose 네트워크나 호스트가 아닌 한 서비스의 네임스페이스(`pid: "service:app"`, `network_mode: "service:vpn"`)를 함께 쓰게 하세요.',
  },
  exceptions: {
    en: 'Some software exists to watch or drive the host: node exporters and monitoring agents (`pid: host`, `network_mode: host`), DHCP, mDNS or multicast services such as Home Assistant or Pi-hole that need the host’s broadcast domain, and network tools that configure the host. Keep it to those, and say why on the line before: `# cntutor ignore=compose-host-namespaces`.',
    ko: '호스트를 관찰하거나 다루는 것이 목적인 소프트웨어가 있습니다. 노드 익스포터와 모니터링 에이전트(`pid: host`, `network_mode: host`), Home Assistant나 Pi-hole처럼 호스트의 브로드캐스트 영역이 필요한 DHCP, mDNS, 멀티캐스트 서비스, 호스트를 설정하는 네트워크 도구입니다. 이런 경우로만 한정하고, 바로 윗줄에 `# cntutor ignore=compose-host-namespaces`로 이유를 밝혀 두세요.',
  },
  peers: {},
  noPeer:
    'dclint, the Compose linter catalogued here, checks style and naming; it has no check about the namespaces a service shares with its host.',
  example: {
    bad: composeFile({ web: ['pid: host'] }),
    good: composeFile(),
  },
  messages: {
    network_mode: {
      en: 'Service "{name}" uses the host’s network (network_mode: host): it listens on every address of the host, past any port mapping, and reaches what listens on the host’s localhost.',
      ko: '서비스 "{name}"{이/가} 호스트의 네트워크를 씁니다(network_mode: host). 포트 매핑을 거치지 않고 호스트의 모든 주소에서 수신하며, 호스트의 localhost에서 수신하는 것에 닿습니다.',
    },
    pid: {
      en: 'Service "{name}" shares the host’s process namespace (pid: host): it sees every process of the host, with its command line and environment, and can signal it.',
      ko: '서비스 "{name}"{이/가} 호스트의 프로세스 네임스페이스를 공유합니다(pid: host). 호스트의 모든 프로세스와 그 명령줄, 환경 변수를 보고 시그널을 보낼 수 있습니다.',
    },
    ipc: {
      en: 'Service "{name}" shares the host’s IPC namespace (ipc: host): it can read and write the shared memory and message queues of the host’s processes.',
      ko: '서비스 "{name}"{이/가} 호스트의 IPC 네임스페이스를 공유합니다(ipc: host). 호스트 프로세스의 공유 메모리와 메시지 큐를 읽고 쓸 수 있습니다.',
    },
    uts: {
      en: 'Service "{name}" shares the host’s UTS namespace (uts: host): it takes the host’s hostname, and with SYS_ADMIN can change it for the whole machine.',
      ko: '서비스 "{name}"{이/가} 호스트의 UTS 네임스페이스를 공유합니다(uts: host). 호스트의 호스트 이름을 쓰며, SYS_ADMIN이 있으면 머신 전체의 호스트 이름을 바꿀 수 있습니다.',
    },
    userns_mode: {
      en: 'Service "{name}" leaves the user namespace off (userns_mode: host): where the daemon remaps users, root in this container is root on the host again.',
      ko: '서비스 "{name}"{이/가} 사용자 네임스페이스를 끕니다(userns_mode: host). 데몬이 사용자를 다시 매핑하는 곳에서도 이 컨테이너의 root는 다시 호스트의 root가 됩니다.',
    },
    cgroup: {
      en: 'Service "{name}" shares the host’s cgroup namespace (cgroup: host): it sees the host’s whole cgroup tree, every container’s included.',
      ko: '서비스 "{name}"{이/가} 호스트의 cgroup 네임스페이스를 공유합니다(cgroup: host). 다른 모든 컨테이너의 것을 포함해 호스트의 cgroup 트리 전체를 봅니다.',
    },
  },
  check(ctx) {
    for (const service of ctx.services) {
      for (const key of HOST_KEYS) {
        // Docker compares the mode as written: `HOST` would name a network, not the host's.
        if (service.value[key] !== 'host') continue;
        ctx.report({ range: ctx.valueRange(service, key), message: ctx.t(key, { name: service.name }) });
      }
    }
  },
});
