// The answer a service page gives in its first screen: can I do it online, by post, from abroad,
// or only in person — and the one action to take. It is read only from channels that complete the
// request (a step such as booking a time is not one), and a channel limited to one case
// or to organisations does not make the headline true for everyone.
import type { Channel, ChannelStep, Service } from '../schema/index.ts';
import { ENVIRONMENT_OF } from './channels.ts';

export interface ServiceAnswer {
  /** Some electronic request channel open to everyone completes the request. */
  online: boolean;
  /** Some post channel open to everyone completes the request. */
  byPost: boolean;
  /** Every request channel needs the person (or someone for them) to go somewhere. */
  inPersonOnly: boolean;
  /** From abroad: true when a completing way works there, false when the sources say no, null when unknown. */
  fromAbroad: boolean | null;
  /** The e-service that completes the request ("Start now"), or null. */
  start: Extract<Channel, { type: 'e-service' }> | null;
  /** Where to book a visit for an in-person way, or null. */
  book: ChannelStep | null;
}

/** Conditions that limit a channel to some people only: such a channel is not "the" way. */
const NARROWING = new Set(['case', 'organisations', 'foreigners', 'residents-abroad', 'disability', 'municipality']);

/** Whether anyone can use the channel (no condition narrows it to some people or one place). */
export function openToAll(channel: Channel): boolean {
  return !channel.conditions.some((c) => NARROWING.has(c.kind));
}

/** Channels that work from abroad: an embassy, or a remote one (electronic, post, phone). */
function worksFromAbroad(channel: Channel): boolean {
  return channel.type === 'embassy' || ENVIRONMENT_OF[channel.type] !== 'inPerson';
}

export function serviceAnswer(service: Service): ServiceAnswer {
  const request = service.requestChannels;
  const open = request.filter(openToAll);
  const start = open.find((c): c is Extract<Channel, { type: 'e-service' }> => c.type === 'e-service') ?? null;
  const book =
    request
      .filter((c) => c.type === 'in-person' || c.type === 'embassy')
      .flatMap((c) => c.steps)
      .find((s) => s.kinds.includes('book-appointment') && s.url !== null) ?? null;
  const remote = request.some((c) => ENVIRONMENT_OF[c.type] !== 'inPerson');
  const stated = service.crossBorder.fromAbroad;
  return {
    online: open.some((c) => ENVIRONMENT_OF[c.type] === 'electronic'),
    byPost: open.some((c) => c.type === 'post'),
    inPersonOnly: request.length > 0 && !remote,
    // "Yes, from abroad" needs a completing way that works there; otherwise the claim is not shown.
    fromAbroad: stated === true && !request.some(worksFromAbroad) ? null : stated,
    start,
    book,
  };
}
