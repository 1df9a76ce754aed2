import { defineDockerfileRule } from '../../../engine/rule';
import { wordText } from '../package-managers';
import { basename, operandsOf } from '../run-words';

const VALUE_OPTIONS = new Set(['--reference']);

export default defineDockerfileRule({
  id: 'no-world-writable',
  title: {
    en: 'Do not make files world-writable',
    ko: '파일을 모든 사용자가 쓸 수 있게 만들지 않기',
  },
  severity: 'warning',
  concept: 'least-privilege',
  topics: ['linux-filesystem', 'containers'],
  description: {
    en: '`chmod 777` (or `666`, `a+w`, `o+w`) lets every user in the container change those files: any process that is compromised, whatever user it runs as, can rewrite the application, its configuration or a script that root runs later. It is usually a shortcut around a permission error that has a precise fix. Directories with the sticky bit (`1777`, like /tmp) are not reported: there each user can only remove their own files.',
    ko: '`chmod 777`(또는 `666`, `a+w`, `o+w`)은 컨테이너의 모든 사용자가 그 파일을 바꿀 수 있게 합니다. 어떤 사용자로 실행되든 침해된 프로세스 하나가 애플리케이션, 설정, 나중에 root가 실행할 스크립트를 다시 쓸 수 있습니다. 보통은 정확한 해결책이 있는 권한 오류를 피해 가는 지름길입니다. 스티키 비트가 있는 디렉터리(`1777`, /tmp처럼)는 알리지 않습니다: 그곳에서는 각 사용자가 자기 파일만 지울 수 있습니다.',
  },
  remediation: {
    en: 'Give the files to the user that needs them (`COPY --chown=app:app`, `chown -R app /data`) and keep the mode tight (`755` for directories and programs, `644` for files). For an arbitrary runtime UID, as OpenShift assigns, use group 0: `chgrp -R 0 /data && chmod -R g=u /data`.',
    ko: '파일을 필요한 사용자에게 넘기고(`COPY --chown=app:app`, `chown -R app /data`) 권한은 좁게 두세요(디렉터리와 프로그램은 `755`, 파일은 `644`). OpenShift처럼 실행 시 UID가 임의로 정해진다면 그룹 0을 쓰세요: `chgrp -R 0 /data && chmod -R g=u /data`.',
  },
  peers: {},
  noPeer:
    'hadolint (with ShellCheck) and BuildKit do not judge the modes a RUN sets; image scanners find world-writable files only in the built image.',
  example: {
    bad: 'FROM debian:12\nRUN useradd -m app && mkdir /data && chmod -R 777 /data\nUSER app\nCMD ["bash", "-c", "ls /data"]\n',
    good: 'FROM debian:12\nRUN useradd -m app && mkdir /data && chown -R app /data && chmod 755 /data\nUSER app\nCMD ["bash", "-c", "ls /data"]\n',
  },
  messages: {
    writable: {
      en: '"chmod {mode}" lets every user in the container write here; give the files to their user and keep the mode tight.',
      ko: '"chmod {mode}"{은/는} 컨테이너의 모든 사용자가 여기에 쓸 수 있게 합니다. 파일을 그 사용자에게 넘기고 권한은 좁게 두세요.',
    },
  },
  check(ctx) {
    for (const step of ctx.file.runs()) {
      const commands = step.commands ?? [];
      commands.forEach((command, index) => {
        if (basename(command.name) !== 'chmod') return;
        const [mode, ...paths] = operandsOf(command, VALUE_OPTIONS);
        const text = mode && wordText(mode);
        if (!mode || !text || !worldWritable(text)) return;
        // A scratch directory the same RUN removes again (`mktemp -d`, chmod 777 for apt's sandbox, rm -rf) never ships.
        const removed = new Set(
          commands
            .slice(index + 1)
            .filter((c) => basename(c.name) === 'rm')
            .flatMap((c) => c.args.map((a) => a.raw)),
        );
        if (paths.length > 0 && paths.every((path) => removed.has(path.raw))) return;
        ctx.report({
          range: { start: command.nameRange.start, end: mode.range.end },
          message: ctx.t('writable', { mode: text }),
        });
      });
    }
  },
});

/** Octal modes whose "others" digit has the write bit and no sticky bit, or symbolic modes that add w for others. */
export function worldWritable(mode: string): boolean {
  if (/^[0-7]{3,4}$/.test(mode)) {
    const digits = mode.padStart(4, '0');
    const special = Number(digits[0]);
    const others = Number(digits[3]);
    return (others & 2) !== 0 && (special & 1) === 0;
  }
  return mode.split(',').some((clause) => {
    const match = /^([ugoa]*)([+=])([rwxXst]*)$/.exec(clause);
    if (!match) return false;
    const [, who = '', , perms = ''] = match;
    return (who.includes('o') || who.includes('a')) && perms.includes('w') && !perms.includes('t');
  });
}
