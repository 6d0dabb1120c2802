import { useCallback, useState } from 'react';

/** Form values in one state object, with a typed setter per field. */
export function useFormValues<T extends Record<string, unknown>>(initial: T) {
  const [values, setValues] = useState<T>(initial);
  const set = useCallback(
    <K extends keyof T>(key: K) =>
      (value: T[K]) =>
        setValues((previous) => ({ ...previous, [key]: value })),
    [],
  );
  return { values, set, setValues };
}
