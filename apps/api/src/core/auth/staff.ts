// The staff test lives in the contracts, shared with the web app's staff-only pages.
export { isStaff } from '@polyphony/contracts';
