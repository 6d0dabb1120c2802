import { isStaff } from '@polyphony/contracts';
import { Menu, UnstyledButton } from '@mantine/core';
import { IconChevronDown } from '@tabler/icons-react';
import { Link, NavLink, useLocation } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';
import { useLatestConsultation } from '../features/consultations/useConsultations';

interface NavItem {
  to: string;
  label: string;
  end: boolean;
}

/** Moderation, administration, balance of voices and synthesis: officials' and admins' tools, one entry. */
function useStaffLinks(staff: boolean): NavItem[] {
  const { t } = useTranslation();
  const consultations = useLatestConsultation(staff);
  if (!staff) return [];
  const latest = consultations.data?.items[0];
  return [
    { to: '/moderation', label: t('proposals:moderation.nav'), end: false },
    { to: '/admin/users', label: t('nav.admin'), end: false },
    { to: '/dashboard', label: t('consultations:nav.dashboard'), end: true },
    ...(latest ? [{ to: `/consultations/${latest.slug}/synthesis`, label: t('experience:nav.synthesis'), end: true }] : []),
  ];
}

/**
 * Main navigation links; the current page gets aria-current from react-router. On wide screens the
 * staff tools sit under one menu so the bar fits one row in every language; in the drawer they are
 * a labelled group of links.
 */
export function MainNav({ vertical = false, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const staff = isStaff(me.data);
  const staffLinks = useStaffLinks(staff);
  const { pathname } = useLocation();
  const links: NavItem[] = [
    // On wide screens the logo beside the bar is the link home.
    ...(vertical ? [{ to: '/', label: t('nav.home'), end: true }] : []),
    { to: '/consultations', label: t('consultations:nav.consultations'), end: false },
    { to: '/organisations', label: t('nav.organisations'), end: false },
    { to: '/rooms', label: t('rooms:nav'), end: false },
    { to: '/proposals', label: t('proposals:nav'), end: false },
    { to: '/plans', label: t('plan:nav'), end: false },
    { to: '/monitoring', label: t('accountability:nav'), end: false },
    ...(me.data ? [{ to: '/my-contributions', label: t('plan:fates.nav'), end: true }] : []),
  ];
  const item = (link: NavItem) => (
    <li key={link.to}>
      <NavLink to={link.to} end={link.end} className="main-nav__link" onClick={onNavigate}>
        {link.label}
      </NavLink>
    </li>
  );
  if (vertical) {
    return (
      <>
        <ul className="main-nav main-nav--vertical">{links.map(item)}</ul>
        {staffLinks.length > 0 && (
          <>
            <p className="main-nav__group" id="staff-tools">
              {t('experience:nav.staffLabel')}
            </p>
            <ul className="main-nav main-nav--vertical" aria-labelledby="staff-tools">
              {staffLinks.map(item)}
            </ul>
          </>
        )}
      </>
    );
  }
  const inStaffTools = staffLinks.some((link) => pathname === link.to || (!link.end && pathname.startsWith(`${link.to}/`)));
  return (
    <ul className="main-nav">
      {links.map(item)}
      {staffLinks.length > 0 && (
        <li>
          <Menu position="bottom-end" shadow="md" withInitialFocusPlaceholder={false}>
            <Menu.Target>
              <UnstyledButton className="main-nav__link main-nav__menu" data-active={inStaffTools || undefined}>
                {t('experience:nav.staff')}
                <IconChevronDown size={16} aria-hidden />
              </UnstyledButton>
            </Menu.Target>
            <Menu.Dropdown>
              {staffLinks.map((link) => (
                <Menu.Item
                  key={link.to}
                  component={Link}
                  to={link.to}
                  aria-current={pathname === link.to ? 'page' : undefined}
                  onClick={onNavigate}
                >
                  {link.label}
                </Menu.Item>
              ))}
            </Menu.Dropdown>
          </Menu>
        </li>
      )}
    </ul>
  );
}
