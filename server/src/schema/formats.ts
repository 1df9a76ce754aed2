/**
 * The string and number formats of the Kubernetes schemas. A module of its own because two kinds
 * of validator use it: those Ajv compiles at run time, and those generated at build time, whose
 * code refers to `FORMATS` by name since functions cannot be written out as source.
 */
import type { Format } from 'ajv';

/** Kubernetes resource quantities (apimachinery's resource.Quantity grammar). */
export const QUANTITY = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[KMGTPE]i|[numkMGTPE]|[eE][+-]?\d+)?$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;
const RFC3339 = /^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(?:\.\d+)?(?:[Zz]|[+-]\d{2}:\d{2})$/;

export const FORMATS: Readonly<Record<string, Format>> = {
  int32: { type: 'number', validate: (n: number) => n >= -2147483648 && n <= 2147483647 },
  int64: { type: 'number', validate: (n: number) => Number.isSafeInteger(n) || Math.abs(n) < 2 ** 63 },
  quantity: QUANTITY,
  byte: (s: string) => BASE64.test(s.replace(/\s+/g, '')),
  'date-time': RFC3339,
};
