import type { ReactNode } from 'react';
import { Table } from '@mantine/core';

/**
 * A wide table that scrolls sideways inside its own region on a phone instead of widening the page.
 * The region is named after a visible heading (its id as `labelledBy`, or the page's title as `label`)
 * and takes keyboard focus so that it can be scrolled with the arrow keys; a shadow shows the side where
 * more columns wait (global.css, .table-scroll).
 */
export function TableScroll({
  labelledBy,
  label,
  minWidth,
  children,
}: {
  labelledBy?: string;
  label?: string;
  minWidth: number;
  children: ReactNode;
}) {
  return (
    <Table.ScrollContainer
      type="native"
      className="table-scroll"
      minWidth={minWidth}
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      tabIndex={0}
      // Holds visually hidden headers (absolutely positioned) inside the scrolled box, not at the page's edge.
      pos="relative"
    >
      {children}
    </Table.ScrollContainer>
  );
}
