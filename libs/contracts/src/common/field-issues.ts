import type { z } from 'zod';
import { FIELD_ISSUE_CODES, type FieldIssueCode } from './errors';

/** One problem on one field: a stable code translated under `fields.<code>` (api catalog), with its parameters. */
export interface FieldProblem {
  path: string;
  code: FieldIssueCode;
  params?: Record<string, string | number>;
}

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);

/** An empty text or an unticked box is a missing answer, whatever rule it then fails. */
function isEmpty(input: unknown): boolean {
  return input === undefined || input === null || (typeof input === 'string' && input.trim() === '');
}

/**
 * Maps zod issues to our stable field codes. The API answers with them (translated) and the web app
 * validates forms with the same schemas and this same mapping, so a field shows the same message either way.
 */
export function zodIssuesToFields(issues: z.core.$ZodIssue[]): FieldProblem[] {
  const out: FieldProblem[] = [];
  for (const issue of issues) {
    const path = issue.path.join('.');
    switch (issue.code) {
      case 'unrecognized_keys':
        for (const key of issue.keys) out.push({ path: path ? `${path}.${key}` : key, code: 'unknown_field' });
        break;
      case 'invalid_type':
        out.push({ path, code: issue.input === undefined ? 'required' : 'invalid_type' });
        break;
      case 'too_small': {
        const min = Number(issue.minimum);
        if (PASSWORD_FIELDS.has(path)) out.push({ path, code: 'password_weak', params: { min } });
        else if (issue.origin === 'string')
          out.push({ path, code: min <= 1 || ('input' in issue && isEmpty(issue.input)) ? 'required' : 'too_short', params: { min } });
        else out.push({ path, code: 'invalid', params: { min } });
        break;
      }
      case 'too_big':
        out.push({ path, code: issue.origin === 'string' ? 'too_long' : 'invalid', params: { max: Number(issue.maximum) } });
        break;
      case 'invalid_format':
        if ('input' in issue && isEmpty(issue.input)) out.push({ path, code: 'required' });
        else out.push({ path, code: issue.format === 'email' ? 'invalid_email' : issue.format === 'url' ? 'invalid_url' : 'invalid' });
        break;
      case 'invalid_value':
        out.push({ path, code: path === 'acceptPrivacy' || isEmpty(issue.input) ? 'required' : 'invalid_option' });
        break;
      case 'custom': {
        const code = (FIELD_ISSUE_CODES as readonly string[]).includes(issue.message) ? (issue.message as FieldIssueCode) : 'invalid';
        const emptyChoice = (code === 'invalid' || code === 'invalid_country') && 'input' in issue && isEmpty(issue.input);
        out.push({ path, code: emptyChoice ? 'required' : code });
        break;
      }
      default:
        out.push({ path, code: 'invalid' });
    }
  }
  return out;
}
