import type { ReactNode } from 'react';
import { Button, Center, type ButtonVariant, type MantineSpacing } from '@mantine/core';

/** What LoadMore needs of a TanStack infinite query. */
interface NextPages {
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => unknown;
}

/**
 * The next page of a list, on the reader's demand: shown while there is one, busy while it loads (a second
 * click cannot ask for the same page twice).
 */
export function LoadMore({
  query,
  children,
  variant = 'outline',
  mt,
}: {
  query: NextPages;
  children: ReactNode;
  variant?: ButtonVariant;
  mt?: MantineSpacing;
}) {
  if (!query.hasNextPage) return null;
  return (
    <Center mt={mt}>
      <Button variant={variant} onClick={() => void query.fetchNextPage()} loading={query.isFetchingNextPage}>
        {children}
      </Button>
    </Center>
  );
}
