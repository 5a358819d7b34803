// Channels grouped by the seed's three environments: electronic (remote), physical remote
// (post, phone) and physical in person (PU2-14, "Kanāli").
import type { Channel, ChannelType } from './schema/index.ts';

export type Environment = 'electronic' | 'remote' | 'inPerson';

export const ENVIRONMENT_OF: Record<ChannelType, Environment> = {
  'e-service': 'electronic',
  'e-mail-signed': 'electronic',
  'e-address': 'electronic',
  'mobile-app': 'electronic',
  post: 'remote',
  phone: 'remote',
  'in-person': 'inPerson',
  embassy: 'inPerson',
  'home-visit': 'inPerson',
};

/** Fixed order in which channels are listed, online first (as GOV.UK's contact pattern fixes it). */
const ORDER: ChannelType[] = ['e-service', 'mobile-app', 'e-mail-signed', 'e-address', 'post', 'phone', 'in-person', 'embassy', 'home-visit'];

export function sortChannels<T extends Channel>(channels: readonly T[]): T[] {
  return [...channels].sort((a, b) => ORDER.indexOf(a.type) - ORDER.indexOf(b.type));
}

export function channelEnvironments(channels: readonly Channel[]): Record<Environment, boolean> {
  const found = { electronic: false, remote: false, inPerson: false };
  for (const channel of channels) found[ENVIRONMENT_OF[channel.type]] = true;
  return found;
}

/** Whether the service can be requested fully online (some electronic request channel). */
export function canRequestOnline(channels: readonly Channel[]): boolean {
  return channelEnvironments(channels).electronic;
}
