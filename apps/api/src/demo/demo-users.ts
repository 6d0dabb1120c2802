import type { Language, MembershipRole, MembershipStatus, Role, StakeholderCategory } from '@polyphony/contracts';

/** Every demo account signs in with this password (documented in the README). */
export const DEMO_PASSWORD = 'polyphony-demo';

export interface DemoUser {
  email: string;
  displayName: string;
  role: Role;
  category: StakeholderCategory;
  country: string;
  language: Language;
  originTerritory?: string;
  memberships?: { slug: string; role: MembershipRole; status: MembershipStatus; message?: string }[];
}

/** One demo person per role and per stakeholder category. */
export const DEMO_USERS: DemoUser[] = [
  { email: 'admin@demo.polyphony.test', displayName: 'Núria Puig', role: 'admin', category: 'official', country: 'ES', language: 'ca' },
  {
    email: 'official@demo.polyphony.test',
    displayName: 'Marc Soler',
    role: 'official',
    category: 'official',
    country: 'ES',
    language: 'es',
  },
  {
    email: 'participant@demo.polyphony.test',
    displayName: 'Omar Haddad',
    role: 'participant',
    category: 'resident',
    country: 'ES',
    language: 'fr',
  },
  {
    email: 'resident@demo.polyphony.test',
    displayName: 'Laia Ferrer',
    role: 'participant',
    category: 'resident',
    country: 'ES',
    language: 'ca',
  },
  {
    email: 'civil-society@demo.polyphony.test',
    displayName: 'Jordi Martí',
    role: 'participant',
    category: 'civil_society',
    country: 'ES',
    language: 'ca',
    memberships: [
      { slug: 'federacio-veinal-metropolitana', role: 'admin', status: 'active' },
      { slug: 'solidaritat-sense-fronteres-bcn', role: 'member', status: 'active' },
    ],
  },
  {
    email: 'academia@demo.polyphony.test',
    displayName: 'Elena Ruiz',
    role: 'participant',
    category: 'academia',
    country: 'ES',
    language: 'es',
    memberships: [
      { slug: 'universitat-de-barcelona', role: 'admin', status: 'active' },
      { slug: 'cidob', role: 'member', status: 'pending', message: 'Investigadora asociada en diplomacia urbana.' },
    ],
  },
  {
    email: 'private-sector@demo.polyphony.test',
    displayName: 'Pau Vidal',
    role: 'participant',
    category: 'private_sector',
    country: 'ES',
    language: 'ca',
    memberships: [{ slug: 'cambra-comerc-metropolitana', role: 'admin', status: 'active' }],
  },
  {
    email: 'diaspora@demo.polyphony.test',
    displayName: 'Aminata Diop',
    role: 'participant',
    category: 'diaspora',
    country: 'ES',
    language: 'fr',
    originTerritory: 'Dakar, Sénégal',
    memberships: [{ slug: 'diaspora-senegal-catalunya', role: 'admin', status: 'active' }],
  },
  {
    email: 'diaspora-colombia@demo.polyphony.test',
    displayName: 'Camilo Restrepo',
    role: 'participant',
    category: 'diaspora',
    country: 'ES',
    language: 'es',
    originTerritory: 'Medellín, Colombia',
    memberships: [{ slug: 'colombianos-en-el-area-metropolitana', role: 'admin', status: 'active' }],
  },
  {
    email: 'public-institution@demo.polyphony.test',
    displayName: 'Carme Roca',
    role: 'participant',
    category: 'public_institution',
    country: 'ES',
    language: 'ca',
    memberships: [
      { slug: 'hospital-metropolita', role: 'admin', status: 'active' },
      { slug: 'ajuntament-de-cornella', role: 'member', status: 'active' },
    ],
  },
  {
    email: 'international@demo.polyphony.test',
    displayName: 'Sophie Laurent',
    role: 'participant',
    category: 'international',
    country: 'FR',
    language: 'fr',
    memberships: [
      { slug: 'metropolis', role: 'admin', status: 'active' },
      { slug: 'metropole-de-lyon', role: 'member', status: 'active' },
    ],
  },
  {
    email: 'facilitator@demo.polyphony.test',
    displayName: 'Irene Casals',
    role: 'participant',
    category: 'civil_society',
    country: 'ES',
    language: 'es',
  },
];
