import { Link } from '@strapi/design-system';
import { Link as RouterLink } from 'react-router-dom';

/** A link to a content-manager entry, inside the admin panel's router (no page reload). */
export const EntryLink = ({ to, children }: { to: string; children: React.ReactNode }) => (
  <Link tag={RouterLink} to={to}>
    {children}
  </Link>
);
