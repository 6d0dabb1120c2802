import { useState } from 'react';
import { Badge, Button, Card, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../shared/ErrorAlert';
import { PolisImportForm } from './PolisImportForm';
import { MachineTranslated } from '../../shared/translation/MachineTranslated';
import { useCreateStatement, useHideStatement, useStatementList } from './useStatements';

/** Officials and facilitators seed statements; officials hide them and import Polis conversations. */
export function StatementsManager({ slug, canHide }: { slug: string; canHide: boolean }) {
  const { t } = useTranslation('synthesis');
  const list = useStatementList(slug);
  const create = useCreateStatement(slug);
  const hide = useHideStatement(slug);
  const [text, setText] = useState('');
  return (
    <Stack gap="md" component="section" aria-labelledby="manage-title">
      <Title order={2} fz="lg" id="manage-title">
        {t('manage.title')}
      </Title>
      <Card
        padding="lg"
        withBorder
        component="form"
        onSubmit={(e) => {
          e.preventDefault();
          create.mutate({ text }, { onSuccess: () => setText('') });
        }}
      >
        <Group align="flex-end" gap="xs">
          <TextInput
            label={t('manage.new')}
            description={t('manage.newHint')}
            value={text}
            onChange={(e) => setText(e.currentTarget.value)}
            minLength={3}
            maxLength={300}
            required
            style={{ flex: 1 }}
          />
          <Button type="submit" loading={create.isPending}>
            {t('manage.add')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} />
      </Card>
      <ErrorAlert error={list.error ?? hide.error} />
      {list.data && (
        <Table.ScrollContainer minWidth={560}>
          <Table>
            <VisuallyHidden component="caption">{t('manage.title')}</VisuallyHidden>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('manage.statement')}</Table.Th>
                <Table.Th scope="col">{t('vote.agree')}</Table.Th>
                <Table.Th scope="col">{t('vote.disagree')}</Table.Th>
                <Table.Th scope="col">{t('vote.pass')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('manage.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.data.items.map((s) => (
                <Table.Tr key={s.id} opacity={s.hidden ? 0.6 : 1}>
                  <Table.Td>
                    <MachineTranslated text={s.text} from={s.language}>
                      {(shown) => (
                        <Text size="sm" lang={shown.lang}>
                          {shown.text}
                        </Text>
                      )}
                    </MachineTranslated>
                    <Group gap={4}>
                      <Badge size="xs" variant="outline" c="gray.9">
                        {t(`statementOrigin.${s.origin}`, { defaultValue: s.origin })}
                      </Badge>
                      {s.hidden && (
                        <Badge size="xs" color="red" variant="light" c="gray.9">
                          {t('manage.hidden')}
                        </Badge>
                      )}
                    </Group>
                  </Table.Td>
                  <Table.Td>{s.agree}</Table.Td>
                  <Table.Td>{s.disagree}</Table.Td>
                  <Table.Td>{s.pass}</Table.Td>
                  <Table.Td>
                    {canHide && (
                      <Button size="compact-xs" variant="subtle" onClick={() => hide.mutate({ statementId: s.id, hidden: !s.hidden })}>
                        {s.hidden ? t('manage.show') : t('manage.hide')}
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canHide && <PolisImportForm slug={slug} />}
    </Stack>
  );
}
