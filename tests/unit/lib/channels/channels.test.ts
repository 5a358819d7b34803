import { describe, expect, it } from 'vitest';
import { Channel } from '../../../../src/lib/schema/index.ts';
import { pairChannels, sameWay } from '../../../../src/lib/channels/channels.ts';

const needs = { authentication: [], eSignature: false, idDocument: null, appointment: null };
const base = { note: null, needs, fee: null, time: null };
const eService = (url: string) => Channel.parse({ ...base, type: 'e-service', url, provider: 'portal' });
const office = (...placeTypes: string[]) => Channel.parse({ ...base, type: 'in-person', url: null, placeTypes, placeIds: [] });
const post = Channel.parse({ ...base, type: 'post', url: null, address: null });

describe('sameWay', () => {
  it.each([
    ['the same e-service', eService('https://latvija.gov.lv/Services/1'), eService('https://latvija.gov.lv/Services/1'), true],
    ['two e-services', eService('https://latvija.gov.lv/Services/1'), eService('https://latvija.gov.lv/Services/2'), false],
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
    expect(paired.map((p) => [p.channel.type, p.receipt?.type ?? null])).toEqual([['e-service', 'e-service'], ['in-person', null]]);
    expect(receiptOnly.map((c) => c.type)).toEqual(['post']);
  });
});
