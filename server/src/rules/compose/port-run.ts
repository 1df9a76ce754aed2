const PORTS = /^(\d+)(?:-(\d+))?$/;

/** A port or a run of ports as Compose writes one side of a mapping (`8080`, `9000-9010`); undefined for anything else. */
export function portRun(text: string): [number, number] | undefined {
  const match = PORTS.exec(text.trim());
  if (!match) return undefined;
  const first = Number(match[1]);
  const last = match[2] === undefined ? first : Number(match[2]);
  return first > 0 && last >= first && last <= 65535 ? [first, last] : undefined;
}
