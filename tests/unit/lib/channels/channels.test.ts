import { describe, expect, it } from 'vitest';
import { Channel } from '../../../../src/lib/schema/index.ts';
import {
  allChannels,
  channelLabelKey,
  hasChannel,
  hasInPersonChannel,
  pairChannels,
  sameWay,
} from '../../../../src/lib/channels/channels.ts';

const needs = { authentication: [], eSignature: false, idDocument: null, appointment: null };
const base = { note: null, needs, fee: null, time: null };
const eService = (url: string) => Channel.parse({ ...base, type: 'e-service', url, provider: 'portal' });
const office = (...placeTypes: string[]) =>
  Channel.parse({ ...base, type: 'in-person', url: null, placeTypes, placeIds: [] });
const post = Channel.parse({ ...base, type: 'post', url: null, address: null });

describe('sameWay', () => {
  it.each([
    [
      'the same e-service',
      eService('https://latvija.gov.lv/Services/1'),
      eService('https://latvija.gov.lv/Services/1'),
      true,
    ],
    [
      'two e-services',
      eService('https://latvija.gov.lv/Services/1'),
      eService('https://latvija.gov.lv/Services/2'),
      false,
    ],
    ['the same kind of office', office('institution-office'), office('institution-office'), true],
    ['different offices', office('institution-office'), office('vpvkac'), false],
    ['post and an office', post, office('vpvkac'), false],
  ] as const)('%s: %s', (_name, a, b, expected) => {
    expect(sameWay(a, b)).toBe(expected);
  });
});

describe('pairChannels', () => {
  it('shows a way that both requests and receives once, and keeps the other receipt ways', () => {
    const request = [office('institution-office'), eService('https://latvija.gov.lv/Services/1')];
    const receipt = [eService('https://latvija.gov.lv/Services/1'), post];
    const { request: paired, receiptOnly } = pairChannels(request, receipt);
    expect(paired.map((p) => [p.channel.type, p.receipt?.type ?? null])).toEqual([
      ['e-service', 'e-service'],
      ['in-person', null],
    ]);
    expect(receiptOnly.map((c) => c.type)).toEqual(['post']);
  });
});

describe('allChannels, hasChannel, hasInPersonChannel', () => {
  const portal = eService('https://latvija.gov.lv/Services/1');
  const desk = office('vpvkac');
  it.each([
    ['online request, in-person receipt', [portal], [desk], [portal, desk], true],
    ['in-person request only', [desk], [], [desk], true],
    ['post and e-service', [post], [portal], [post, portal], false],
    ['no channels', [], [], [], false],
  ] as const)('%s', (_name, requestChannels, receiptChannels, all, inPerson) => {
    const service = { requestChannels, receiptChannels };
    expect(allChannels(service)).toEqual(all);
    expect(hasInPersonChannel(service)).toBe(inPerson);
    const listed: readonly Channel[] = all;
    expect(hasChannel(service, 'post')).toBe(listed.includes(post));
    expect(hasChannel(service, 'e-service')).toBe(listed.includes(portal));
  });
});

describe('channelLabelKey', () => {
  it.each([
    ['a type', 'post', 'channel.type.post'],
    ['an e-service type', 'e-service', 'channel.type.e-service'],
    ['an e-service channel', eService('https://latvija.gov.lv/Services/1'), 'channel.type.e-service.portal'],
    ['an office channel', office('vpvkac'), 'channel.type.in-person'],
    ['a post channel', post, 'channel.type.post'],
  ] as const)('%s', (_name, channel, expected) => {
    expect(channelLabelKey(channel)).toBe(expected);
  });
});
