// Checks one property value against its ontology type; returns the clean value or a message saying why not.
import type { PropertySpec } from '../ontology/types.ts';

export type Checked = { ok: true; value: unknown } | { ok: false; message: string };

const ok = (value: unknown): Checked => ({ ok: true, value });
const bad = (message: string): Checked => ({ ok: false, message });

/** YYYY, YYYY-MM or YYYY-MM-DD, and a day that exists. */
export function checkDate(v: unknown): Checked {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (!m) return bad(`"${s}" is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`);
  const [y, mo = '01', d = '01'] = [m[1]!, m[2], m[3]];
  const t = new Date(`${y}-${mo}-${d}T00:00:00Z`);
  if (Number.isNaN(t.getTime()) || t.toISOString().slice(0, 10) !== `${y}-${mo}-${d}`) {
    return bad(`"${s}" is not a real date`);
  }
  return ok(s);
}

export function checkConfidence(v: unknown): Checked {
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  if (typeof n !== 'number' || Number.isNaN(n) || n < 0 || n > 1) {
    return bad(`confidence ${JSON.stringify(v)} must be a number from 0 to 1`);
  }
  return ok(n);
}

const list = (v: unknown): unknown[] =>
  Array.isArray(v)
    ? v
    : typeof v === 'string'
      ? v
          .split(';')
          .map((s) => s.trim())
          .filter(Boolean)
      : [v];

export function checkValue(spec: PropertySpec, v: unknown): Checked {
  const name = `"${spec.name}"`;
  switch (spec.type) {
    case 'string':
    case 'url': {
      if (typeof v !== 'string' && typeof v !== 'number') return bad(`${name} must be text`);
      const s = String(v);
      if (spec.type === 'url' && !/^https?:\/\/\S+$/.test(s))
        return bad(`${name} "${s}" is not an http(s) URL`);
      if (spec.pattern && !spec.pattern.test(s))
        return bad(`${name} "${s}" does not match ${spec.pattern.source}`);
      return ok(s);
    }
    case 'string[]': {
      const items = list(v);
      if (items.some((x) => typeof x !== 'string')) return bad(`${name} must be a list of text`);
      return ok(items);
    }
    case 'iso3': {
      const s = String(v).toUpperCase();
      return /^[A-Z]{3}$/.test(s) ? ok(s) : bad(`${name} "${String(v)}" is not an ISO 3166-1 alpha-3 code`);
    }
    case 'number':
    case 'integer': {
      const n = typeof v === 'string' ? Number(v) : v;
      if (typeof n !== 'number' || Number.isNaN(n)) return bad(`${name} must be a number`);
      if (spec.type === 'integer' && !Number.isInteger(n)) return bad(`${name} must be a whole number`);
      return ok(n);
    }
    case 'boolean':
      if (v === true || v === 'true') return ok(true);
      if (v === false || v === 'false') return ok(false);
      return bad(`${name} must be true or false`);
    case 'date':
      return checkDate(v);
  }
}
