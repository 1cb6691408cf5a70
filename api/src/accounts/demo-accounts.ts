import type { CreateUserInput } from './dto/user.inputs';

/**
 * The demo mode's accounts, one per role, as the README lists them. Fictional people; the
 * passwords are public, so they are created only in demo mode and only into a store that has
 * no users yet.
 */
export const DEMO_ACCOUNTS: readonly CreateUserInput[] = [
  {
    email: 'admin@demo.verkosto.fi',
    name: 'Demo Pääkäyttäjä',
    role: 'admin',
    allRegions: true,
    regionCodes: [],
    password: 'demo-admin-2026',
  },
  {
    email: 'editori@demo.verkosto.fi',
    name: 'Demo Editori (Kainuu)',
    role: 'editor',
    allRegions: false,
    regionCodes: ['18'],
    password: 'demo-editori-2026',
  },
  {
    email: 'katselija@demo.verkosto.fi',
    name: 'Demo Katselija (Kainuu)',
    role: 'viewer',
    allRegions: false,
    regionCodes: ['18'],
    password: 'demo-katselija-2026',
  },
];
