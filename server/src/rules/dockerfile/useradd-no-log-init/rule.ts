import type { ShellCommand } from '../../../engine/dockerfile/shell';
import { defineDockerfileRule } from '../../../engine/rule';
import { wordText } from '../package-managers';
import { basename, hasFlag } from '../run-words';

/** Bytes lastlog reserves per UID: the entry of UID n sits at n × 292. */
const LASTLOG_ENTRY = 292;

export default defineDockerfileRule({
  id: 'useradd-no-log-init',
  title: {
    en: 'Add users with a high UID using useradd -l',
    ko: '큰 UID의 사용자는 useradd -l로 추가하기',
  },
  severity: 'warning',
  concept: 'image-layers',
  topics: ['union-filesystem', 'linux-filesystem'],
  description: {
    en: 'useradd records every user in /var/log/lastlog and /var/log/faillog at an offset proportional to the UID. On disk those are sparse files, but an image layer stores them in full: a UID of 1000000 adds about 280 MB of zeros to the image. `-l` (`--no-log-init`) leaves the user out of those logs, which a container never reads. Like hadolint, only UIDs above 99999 are reported; lower ones cost at most about 28 MB.',
    ko: 'useradd는 모든 사용자를 UID에 비례하는 위치에 /var/log/lastlog와 /var/log/faillog로 기록합니다. 디스크에서는 희소 파일이지만 이미지 레이어는 전체를 저장합니다: UID 1000000이면 이미지에 0으로 된 약 280 MB가 더해집니다. `-l`(`--no-log-init`)을 쓰면 컨테이너가 읽지도 않는 이 로그에서 사용자를 뺍니다. hadolint처럼 99999보다 큰 UID만 알립니다. 그보다 작으면 많아야 약 28 MB입니다.',
  },
  remediation: {
    en: 'Add `-l`: `useradd -l -u 100001 -g app app`.',
    ko: '`-l`을 붙이세요: `useradd -l -u 100001 -g app app`.',
  },
  peers: { hadolint: ['DL3046'] },
  example: {
    bad: 'FROM debian:12\nRUN useradd -u 100001 -m app\nUSER app\nCMD ["bash", "-c", "id"]\n',
    good: 'FROM debian:12\nRUN useradd -l -u 100001 -m app\nUSER app\nCMD ["bash", "-c", "id"]\n',
  },
  messages: {
    noLogInit: {
      en: 'useradd with UID {uid} and without -l writes about {size} of lastlog and faillog into this layer; add -l.',
      ko: 'UID {uid}{으로/로} -l 없이 useradd를 하면 lastlog와 faillog 약 {size}{이/가} 이 레이어에 기록됩니다. -l을 붙이세요.',
    },
    fixTitle: { en: 'Add -l (--no-log-init)', ko: '-l(--no-log-init) 추가하기' },
  },
  fix: 'safe',
  check(ctx) {
    for (const step of ctx.file.runs()) {
      for (const command of step.commands ?? []) {
        if (basename(command.name) !== 'useradd' || hasFlag(command, ['--no-log-init'], 'l')) continue;
        const uid = uidOf(command);
        if (uid === undefined || uid.length <= 5) continue;
        const at = command.nameRange.end;
        ctx.report({
          range: command.range,
          message: ctx.t('noLogInit', { uid, size: sizeOf(Number(uid) * LASTLOG_ENTRY) }),
          fix: { title: ctx.t('fixTitle'), edits: [{ range: { start: at, end: at }, newText: ' -l' }] },
        });
      }
    }
  },
});

/** The UID of `-u 100001`, `-u100001`, `--uid 100001` or `--uid=100001`, when written as digits. */
function uidOf(command: ShellCommand): string | undefined {
  const words = command.args.map((word) => wordText(word) ?? '');
  for (let i = 0; i < words.length; i++) {
    const word = words[i] ?? '';
    const value =
      word === '-u' || word === '--uid'
        ? words[i + 1]
        : word.startsWith('--uid=')
          ? word.slice(6)
          : /^-u\d+$/.test(word)
            ? word.slice(2)
            : undefined;
    if (value !== undefined) return /^\d+$/.test(value) ? value : undefined;
  }
  return undefined;
}

function sizeOf(bytes: number): string {
  return bytes >= 1e9 ? `${(bytes / 1e9).toFixed(1)} GB` : `${Math.round(bytes / 1e6)} MB`;
}
