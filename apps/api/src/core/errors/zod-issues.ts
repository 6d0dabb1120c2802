import type { z } from 'zod';
import { FIELD_ISSUE_CODES, type FieldIssueCode } from '@polyphony/contracts';
import type { FieldProblem } from './app-error';

const PASSWORD_FIELDS = new Set(['password', 'newPassword']);

/** Maps zod issues to our stable field codes (translated under `fields.<code>`). */
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
        else if (issue.origin === 'string') out.push({ path, code: min <= 1 ? 'required' : 'too_short', params: { min } });
        else out.push({ path, code: 'invalid', params: { min } });
        break;
      }
      case 'too_big':
        out.push({ path, code: issue.origin === 'string' ? 'too_long' : 'invalid', params: { max: Number(issue.maximum) } });
        break;
      case 'invalid_format':
        out.push({ path, code: issue.format === 'email' ? 'invalid_email' : issue.format === 'url' ? 'invalid_url' : 'invalid' });
        break;
      case 'invalid_value':
        out.push({ path, code: path === 'acceptPrivacy' ? 'required' : 'invalid_option' });
        break;
      case 'custom':
        out.push({
          path,
          code: (FIELD_ISSUE_CODES as readonly string[]).includes(issue.message) ? (issue.message as FieldIssueCode) : 'invalid',
        });
        break;
      default:
        out.push({ path, code: 'invalid' });
    }
  }
  return out;
}
