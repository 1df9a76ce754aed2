import type { KubernetesContext } from '../../../engine/kubernetes/context';
import { get } from '../../../engine/kubernetes/workloads';

/** The macros the CronJob controller's parser (robfig/cron, standard mode) accepts instead of five fields. */
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldBounds {
  low: number;
  high: number;
  /** Names the field accepts for its numbers, first name meaning `low`. */
  names?: readonly string[];
}

const FIELDS: readonly FieldBounds[] = [
  { low: 0, high: 59 },
  { low: 0, high: 23 },
  { low: 1, high: 31 },
  { low: 1, high: 12, names: MONTHS },
  { low: 0, high: 6, names: DAYS },
];

/** A number or a name of the field, or undefined when it is neither. */
function fieldNumber(text: string, bounds: FieldBounds): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  const index = bounds.names?.indexOf(text.toUpperCase()) ?? -1;
  return index >= 0 ? bounds.low + index : undefined;
}

/** Whether one comma-separated part (`*`, `5`, `1-5`, `*\/10`, `MON-FRI`) stays within the field. */
function partIsValid(part: string, bounds: FieldBounds): boolean {
  const [range = '', step, extra] = part.split('/');
  if (extra !== undefined) return false;
  if (step !== undefined && !(/^\d+$/.test(step) && Number(step) > 0)) return false;
  // The parser takes `?` as `*` in every field, not only in the day fields as Quartz does.
  if (range === '*' || range === '?') return true;
  const [from = '', to, more] = range.split('-');
  if (more !== undefined) return false;
  const start = fieldNumber(from, bounds);
  const end = to === undefined ? start : fieldNumber(to, bounds);
  return start !== undefined && end !== undefined && bounds.low <= start && start <= end && end <= bounds.high;
}

/** A CronJob schedule as the controller's parser reads it: five fields or a macro, inline time zones refused. */
export function checkSchedule(ctx: KubernetesContext): void {
  const schedule = get(ctx.object.value, 'spec', 'schedule');
  if (typeof schedule !== 'string') return;
  const range = ctx.valueRange(['spec', 'schedule']);
  if (schedule.includes('TZ')) {
    ctx.report({ range, message: ctx.t('cronTimeZone', { schedule }) });
    return;
  }
  const text = schedule.trim();
  if (text.startsWith('@')) {
    if (MACROS.includes(text) || /^@every\s+\S+$/.test(text)) return;
    ctx.report({ range, message: ctx.t('cronFields', { schedule, count: 1 }) });
    return;
  }
  const fields = text.split(/\s+/).filter((field) => field !== '');
  if (fields.length !== 5) {
    ctx.report({ range, message: ctx.t('cronFields', { schedule, count: fields.length }) });
    return;
  }
  fields.forEach((field, i) => {
    const bounds = FIELDS[i];
    if (!bounds || field.split(',').every((part) => partIsValid(part, bounds))) return;
    ctx.report({
      range,
      message: ctx.t('cronValue', { schedule, field, position: i + 1, low: bounds.low, high: bounds.high }),
    });
  });
}
