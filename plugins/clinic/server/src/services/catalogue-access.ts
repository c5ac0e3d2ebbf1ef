import { PUBLIC_ACTIONS, PUBLIC_READ_TYPES, uidOf } from '../public-types';

export default () => ({
  /** Permission actions matching the plugin's read-only content-api routes. */
  publicReadActions(): string[] {
    return PUBLIC_READ_TYPES.flatMap((type) => PUBLIC_ACTIONS.map((action) => `${uidOf(type)}.${action}`));
  },
});
