import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, TRANSLATION_LIMITS, type Language, type TranslatedItem, ROUTES } from '@polyphony/contracts';
import { call } from '../../app/api-client';

export interface MachineTranslationRequest {
  text: string;
  /** The stored language of the text ('und' or absent: detected by the server). */
  from?: string | null;
  format?: 'text' | 'markdown';
}

interface Pending {
  item: MachineTranslationRequest;
  resolve: (value: TranslatedItem | null) => void;
  reject: (error: unknown) => void;
}

const isLanguage = (value: unknown): value is Language => (LANGUAGES as readonly unknown[]).includes(value);

/** Texts asked for in the same moment (one page rendering) go to the API together, in chunks within its limits. */
const queues = new Map<Language, Pending[]>();
let timer: ReturnType<typeof setTimeout> | undefined;

function flush() {
  timer = undefined;
  for (const [to, pending] of queues) {
    queues.delete(to);
    const chunks: Pending[][] = [];
    let chunk: Pending[] = [];
    let chars = 0;
    for (const p of pending) {
      if (chunk.length >= TRANSLATION_LIMITS.items || chars + p.item.text.length > TRANSLATION_LIMITS.totalChars) {
        chunks.push(chunk);
        chunk = [];
        chars = 0;
      }
      chunk.push(p);
      chars += p.item.text.length;
    }
    if (chunk.length) chunks.push(chunk);
    for (const c of chunks)
      call(ROUTES.translation.translate, {
        body: {
          to,
          items: c.map(({ item }) => ({
            text: item.text,
            ...(isLanguage(item.from) ? { from: item.from } : {}),
            ...(item.format ? { format: item.format } : {}),
          })),
        },
      }).then(
        (res) => c.forEach((p, i) => p.resolve(res.items[i] ?? null)),
        (error) => c.forEach((p) => p.reject(error)),
      );
  }
}

function request(item: MachineTranslationRequest, to: Language): Promise<TranslatedItem | null> {
  return new Promise((resolve, reject) => {
    const list = queues.get(to) ?? [];
    list.push({ item, resolve, reject });
    queues.set(to, list);
    timer ??= setTimeout(flush, 15);
  });
}

/** The reader's interface language. */
export function useReaderLanguage(): Language {
  const { i18n } = useTranslation();
  return isLanguage(i18n.resolvedLanguage) ? i18n.resolvedLanguage : 'fr';
}

/**
 * The machine translation of someone's words into the reader's language, batched with the other texts of the
 * page and cached per text. Nothing is asked when the text is already in the reader's language or too long.
 */
export function useMachineTranslation(item: MachineTranslationRequest) {
  const to = useReaderLanguage();
  const needed =
    item.text.trim() !== '' &&
    item.from !== to &&
    item.text.length <= TRANSLATION_LIMITS.textChars &&
    !(isLanguage(item.from) && item.from === to);
  const query = useQuery({
    queryKey: ['machine-translation', to, item.from ?? 'und', item.format ?? 'text', item.text],
    queryFn: () => request(item, to),
    enabled: needed,
    staleTime: Infinity,
    gcTime: 30 * 60_000,
    retry: false,
  });
  const result = needed ? query.data : null;
  return {
    to,
    loading: needed && query.isPending,
    from: result?.from,
    translation: result?.translation ?? null,
    html: result?.html,
  };
}
