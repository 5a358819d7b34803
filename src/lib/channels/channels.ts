// Channels grouped by the seed's three environments: electronic (remote), physical remote
// (post, phone) and physical in person (PU2-14, "Kanāli").
import type { Channel, ChannelType } from '../schema/index.ts';

/** The two channel lists of a service: the ways to ask for it and the ways to receive the result. */
interface WithChannels {
  requestChannels: readonly Channel[];
  receiptChannels: readonly Channel[];
}

/** Every channel of a service, request channels first, then receipt channels. */
export function allChannels(service: WithChannels): Channel[] {
  return [...service.requestChannels, ...service.receiptChannels];
}

/** Whether any channel of the service, to request or to receive, is of this type. */
export function hasChannel(service: WithChannels, type: ChannelType): boolean {
  return service.requestChannels.some((c) => c.type === type) || service.receiptChannels.some((c) => c.type === type);
}

/** Whether the service can be requested or received in person in Latvia (an in-person channel). */
export function hasInPersonChannel(service: WithChannels): boolean {
  return hasChannel(service, 'in-person');
}

export type ChannelLabelKey =
  `channel.type.${ChannelType}` | `channel.type.e-service.${Extract<Channel, { type: 'e-service' }>['provider']}`;

/**
 * The UI-string key that names a kind of channel. Given a type, the generic name ("By post");
 * given an e-service channel, the name of where it runs ("E-service on Latvija.gov.lv").
 */
export function channelLabelKey(channel: ChannelType | Channel): ChannelLabelKey {
  if (typeof channel === 'string') return `channel.type.${channel}`;
  return channel.type === 'e-service' ? `channel.type.e-service.${channel.provider}` : `channel.type.${channel.type}`;
}

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
const ORDER: ChannelType[] = [
  'e-service',
  'mobile-app',
  'e-mail-signed',
  'e-address',
  'post',
  'phone',
  'in-person',
  'embassy',
  'home-visit',
];

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

/** Whether a receipt channel is the same way as a request channel (same e-service, same kind of office). */
export function sameWay(a: Channel, b: Channel): boolean {
  if (a.type !== b.type) return false;
  if (a.type === 'in-person' && b.type === 'in-person') {
    const key = (c: typeof a) => [...c.placeTypes].sort().join() + '|' + [...c.placeIds].sort().join();
    return key(a) === key(b);
  }
  if (a.type === 'embassy' || a.type === 'home-visit') return true;
  return a.url !== null && a.url === b.url;
}

export interface PairedChannel {
  channel: Channel;
  /** The receipt channel that is this same way ("you also get the result there"), or null. */
  receipt: Channel | null;
}

/**
 * The request channels, each with the receipt channel that is the same way, and the receipt
 * channels that are not a request way too — so a way that both requests and receives shows once.
 */
export function pairChannels(
  request: readonly Channel[],
  receipt: readonly Channel[],
): { request: PairedChannel[]; receiptOnly: Channel[] } {
  const used = new Set<Channel>();
  const paired = sortChannels(request).map((channel): PairedChannel => {
    const match = receipt.find((r) => !used.has(r) && sameWay(channel, r)) ?? null;
    if (match) used.add(match);
    return { channel, receipt: match };
  });
  return { request: paired, receiptOnly: sortChannels(receipt.filter((r) => !used.has(r))) };
}

/** The seed's two environments: electronic, or physical (remote by post or phone, and in person). */
export type Presence = 'electronic' | 'physical';

/** Which of the two environments a channel type is in: the checks of the data and N3-1 both ask. */
export function presence(type: ChannelType): Presence {
  return ENVIRONMENT_OF[type] === 'electronic' ? 'electronic' : 'physical';
}
