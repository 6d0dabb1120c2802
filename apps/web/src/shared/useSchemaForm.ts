import { useId, type FocusEvent } from 'react';
import { useForm, type FormErrors } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { zodIssuesToFields } from '@polyphony/contracts';
import { ApiError, fieldErrors } from '../app/api-client';

/**
 * A Mantine form validated on the client by the API's own zod schema: each field shows the message the API
 * would give it (`fields.<code>` in the api catalog), checked on blur and on submit. `toRequest` turns the
 * form's values into the request body (e.g. drops a field the form hides); `form.onSubmit` hands it over.
 * `showServerErrors` puts an API answer's field problems on their fields; `generalError` is what is left
 * for a general alert (nothing when every problem sits on a field of the form). `serverPrefix` names where the
 * form's fields sit in a larger request (`profile` when the API answers `profile.displayName`).
 */
export function useSchemaForm<Values extends Record<string, unknown>, Request>(
  schema: z.ZodType<unknown, Request>,
  initialValues: Values,
  toRequest: (values: Values) => Request = (values) => values as unknown as Request,
  serverPrefix?: string,
) {
  const { t } = useTranslation('api');
  const form = useForm<Values, Request>({
    // A name of its own makes its inputs' `data-path` unique on the page (getInputNode finds this form's field).
    // Mantine takes only letters, digits and dashes; React's ids hold other signs around their letters and digits.
    name: `form-${useId().replace(/[^0-9a-zA-Z-]/g, '')}`,
    mode: 'controlled',
    initialValues,
    validateInputOnBlur: true,
    transformValues: toRequest,
    // A field left for its form's submit button is not checked on blur: the submit checks every field. Checked
    // there, its message would appear between the button's mousedown and mouseup, push the button down from
    // under the pointer, and the click (hence the submit and the focus on the first field in error) be lost.
    // A field in error says so itself (Mantine's PasswordInput marks only its wrapper's style, not its input).
    enhanceGetInputProps: ({ inputProps }) => {
      const onBlur = inputProps.onBlur as (() => void) | undefined;
      return {
        ...(inputProps.error ? { 'aria-invalid': true } : {}),
        ...(onBlur ? { onBlur: (event?: FocusEvent<HTMLElement>) => !leavesForSubmit(event) && onBlur() } : {}),
      };
    },
    validate: (values) => {
      const result = schema.safeParse(toRequest(values), { reportInput: true });
      if (result.success) return {};
      const errors: FormErrors = {};
      for (const problem of zodIssuesToFields(result.error.issues)) {
        errors[problem.path] ??= t(`fields.${problem.code}`, problem.params);
      }
      return errors;
    },
  });

  const local = (path: string) => (serverPrefix && path.startsWith(`${serverPrefix}.`) ? path.slice(serverPrefix.length + 1) : path);
  const onForm = (error: unknown) =>
    Object.entries(fieldErrors(error))
      .map(([path, message]) => [local(path), message] as const)
      .filter(([path]) => path in initialValues);

  const showServerErrors = (error: unknown) => {
    const placed = onForm(error);
    if (placed.length === 0) return;
    form.setErrors(Object.fromEntries(placed));
    // The first of these fields in the page's order, found by its own form's `data-path`: not the first field in
    // error of the page (another form may show errors), and not by `aria-invalid`, which React may not have
    // rendered yet when the next frame comes.
    const [first] = placed
      .map(([path]) => form.getInputNode(path))
      .filter((node): node is HTMLElement => node instanceof HTMLElement)
      .sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
    requestAnimationFrame(() => {
      first?.focus({ preventScroll: true });
      first?.scrollIntoView({ block: 'center' });
    });
  };

  const generalError = (error: unknown): unknown => {
    if (!(error instanceof ApiError) || error.fields.length === 0) return error;
    const placed = new Set(onForm(error).map(([path]) => path));
    return error.fields.every((field) => placed.has(local(field.path))) ? null : error;
  };

  return { form, showServerErrors, generalError };
}

/** The focus goes from a field to a submit button of the same form (pressed with the mouse, or reached with Tab). */
function leavesForSubmit(event?: FocusEvent<HTMLElement>): boolean {
  const to = event?.relatedTarget;
  const form = event?.currentTarget?.closest('form');
  return Boolean(form && to instanceof HTMLButtonElement && to.type === 'submit' && to.form === form);
}

/**
 * After a failed submit, the first field in error takes the focus (its message is read with it), scrolled to
 * the middle of the screen so that the sticky header does not cover it. As Mantine's `onSubmit` error handler
 * it looks in the submitted form only (a page may hold several forms).
 */
export function focusFirstInvalid(_errors?: unknown, _values?: unknown, event?: { currentTarget?: EventTarget | null }) {
  const root: ParentNode = event?.currentTarget instanceof HTMLFormElement ? event.currentTarget : document;
  requestAnimationFrame(() => {
    const field = root.querySelector<HTMLElement>(root === document ? 'form [aria-invalid="true"]' : '[aria-invalid="true"]');
    field?.focus({ preventScroll: true });
    field?.scrollIntoView({ block: 'center' });
  });
}
