import { Combobox, Group, InputBase, Loader, Text, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteCoauthorRequest } from '@polyphony/contracts';
import { useCoauthorCandidates } from './useProposals';
import { CategoryBadge } from '../../shared/CategoryBadge';

/**
 * Find a person or an organisation by name and invite them on pick (keyboard: arrows, Enter, Escape).
 * Only names come back from the server, never e-mails.
 */
export function CoauthorSearch({ proposalId, onPick }: { proposalId: string; onPick: (body: InviteCoauthorRequest) => void }) {
  const { t } = useTranslation('proposals');
  const combobox = useCombobox({ onDropdownClose: () => combobox.resetSelectedOption() });
  const [value, setValue] = useState('');
  const [q] = useDebouncedValue(value.trim(), 250);
  const found = useCoauthorCandidates(proposalId, q);
  const people = found.data?.people ?? [];
  const organisations = found.data?.organisations ?? [];

  const pick = (key: string) => {
    const [kind, id] = key.split(':');
    onPick(kind === 'organisation' ? { kind: 'organisation', organisationId: id } : { kind: 'person', userId: id });
    setValue('');
    combobox.closeDropdown();
  };

  const status =
    q.length < 2
      ? t('page.searchHint')
      : found.isFetching
        ? t('page.searching')
        : found.isError
          ? t('page.searchFailed')
          : !people.length && !organisations.length
            ? t('page.searchNone')
            : null;

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal={false}>
      <Combobox.Target withExpandedAttribute>
        <InputBase
          label={t('page.searchCoauthor')}
          description={t('page.searchCoauthorHelp')}
          value={value}
          rightSection={found.isFetching ? <Loader size="xs" /> : null}
          onChange={(e) => {
            setValue(e.currentTarget.value);
            combobox.openDropdown();
            combobox.updateSelectedOptionIndex();
          }}
          onClick={() => combobox.openDropdown()}
          onFocus={() => combobox.openDropdown()}
          onBlur={() => combobox.closeDropdown()}
          data-testid="coauthor-search"
        />
      </Combobox.Target>
      <Combobox.Dropdown hidden={!value.trim()}>
        <Combobox.Options aria-label={t('page.searchCoauthor')}>
          {people.length > 0 && (
            <Combobox.Group label={t('page.people')}>
              {people.map((p) => (
                <Combobox.Option value={`person:${p.id}`} key={p.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{p.displayName}</Text>
                    <CategoryBadge category={p.category} />
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {organisations.length > 0 && (
            <Combobox.Group label={t('page.organisations')}>
              {organisations.map((o) => (
                <Combobox.Option value={`organisation:${o.id}`} key={o.id}>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm">{o.name}</Text>
                    <CategoryBadge category={o.category} />
                  </Group>
                </Combobox.Option>
              ))}
            </Combobox.Group>
          )}
          {status && <Combobox.Empty role="status">{status}</Combobox.Empty>}
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
}
