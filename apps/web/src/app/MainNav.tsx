import { NavLink } from 'react-router';
import { useTranslation } from 'react-i18next';
import { useMe } from '../features/auth/useMe';

/** Main navigation links; the current page gets aria-current from react-router. */
export function MainNav({ vertical = false, onNavigate }: { vertical?: boolean; onNavigate?: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const role = me.data?.role;
  const links = [
    { to: '/', label: t('nav.home'), end: true },
    { to: '/consultations', label: t('consultations:nav.consultations'), end: false },
    { to: '/organisations', label: t('nav.organisations'), end: false },
    { to: '/rooms', label: t('rooms:nav'), end: false },
    { to: '/proposals', label: t('proposals:nav'), end: false },
    { to: '/plans', label: t('plan:nav'), end: false },
    { to: '/monitoring', label: t('accountability:nav'), end: false },
    ...(me.data ? [{ to: '/my-contributions', label: t('plan:fates.nav'), end: true }] : []),
    { to: '/privacy', label: t('nav.privacy'), end: true },
    ...(role === 'admin' || role === 'official' ? [{ to: '/moderation', label: t('proposals:moderation.nav'), end: false }] : []),
    ...(role === 'admin' || role === 'official' ? [{ to: '/admin/users', label: t('nav.admin'), end: false }] : []),
    ...(role === 'admin' || role === 'official' ? [{ to: '/dashboard', label: t('consultations:nav.dashboard'), end: true }] : []),
  ];
  return (
    <ul className={vertical ? 'main-nav main-nav--vertical' : 'main-nav'}>
      {links.map((link) => (
        <li key={link.to}>
          <NavLink to={link.to} end={link.end} className="main-nav__link" onClick={onNavigate}>
            {link.label}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}
