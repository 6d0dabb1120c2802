import { useEffect } from 'react';

/** Sets the tab title: "<page> · Polyphony". */
export function useDocumentTitle(title: string | undefined) {
  useEffect(() => {
    document.title = title ? `${title} · Polyphony` : 'Polyphony';
  }, [title]);
}
