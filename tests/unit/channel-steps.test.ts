// A service must never claim an online or remote way that only books a time, takes a queue
// ticket, pays or fills in a form (those are steps of another way): the data holds no such claim, and the rule
// catches one on a crafted record (passport-eid with its booking e-service put back as a channel).
import { describe, expect, it } from 'vitest';
import { loadCatalog } from '../../src/server/load-catalog.ts';
import { Channel, Service } from '../../src/lib/schema/index.ts';
import { stepOnlyChannels, unbackedFromAbroad } from '../../src/lib/channels/steps.ts';
import { serviceAnswer } from '../../src/lib/channels/service-answer.ts';

const catalog = loadCatalog();
const service = (id: string): Service => structuredClone(catalog.services.find((s) => s.id === id)!);

/** passport-eid as it once was: the EP145 booking e-service listed as a way to apply. */
function passportWithBookingAsChannel(): Service {
  const passport = service('passport-eid');
  const booking = passport.requestChannels[0]!.steps[0]!;
  passport.requestChannels.push(
    Channel.parse({
      type: 'e-service',
      note: booking.note,
      needs: { authentication: ['eid-card'], eSignature: null, idDocument: false, appointment: false },
      fee: null,
      time: null,
      url: booking.url,
      provider: 'portal',
    }),
  );
  return passport;
}

describe('request channels that are only steps', () => {
  it('are none in data/services', () => {
    const found = catalog.services.flatMap((s) => stepOnlyChannels(s).map((p) => `${s.id} ${p.field}: ${p.expected}`));
    expect(found).toEqual([]);
  });

  it('are found on a crafted record that lists a booking e-service as a way to apply', () => {
    const problems = stepOnlyChannels(passportWithBookingAsChannel());
    expect(problems.map((p) => p.field)).toEqual(['requestChannels[2]']);
  });

  it('are found when a channel says it is a queue place only', () => {
    const visa = service('visa');
    visa.requestChannels.push(
      Channel.parse({
        type: 'mobile-app',
        name: 'Qticket',
        note: { lv: 'Tikai vieta rindā.', en: 'Queue only.' },
        needs: { authentication: null, eSignature: false, idDocument: false, appointment: false },
        fee: null,
        time: null,
        url: null,
      }),
    );
    expect(stepOnlyChannels(visa)).toHaveLength(1);
  });

  it('never leave "from abroad" without a way that works there', () => {
    expect(catalog.services.flatMap((s) => unbackedFromAbroad(s).map((p) => `${s.id} ${p.field}`))).toEqual([]);
  });
});

describe('the first-screen answer', () => {
  it.each([
    // id, online, by post, in person only, Start now, Book an appointment
    ['passport-eid', false, false, true, null, 'https://latvija.lv/Epakalpojumi/EP145/Instrukcija'],
    ['residence-declaration', true, false, false, 'https://latvija.gov.lv/Services/12209', null],
    ['visa', false, false, true, null, 'https://epak.pmlp.gov.lv/NVIS.EService001.WebSite/Help/LATV_help.html'],
  ] as const)('%s: online %s, by post %s, in person only %s', (id, online, byPost, inPersonOnly, start, book) => {
    const answer = serviceAnswer(service(id));
    expect(answer.online).toBe(online);
    expect(answer.byPost).toBe(byPost);
    expect(answer.inPersonOnly).toBe(inPersonOnly);
    expect(answer.start?.url ?? null).toBe(start);
    expect(answer.book?.url ?? null).toBe(book);
  });

  it('does not claim online when the only online way is a step', () => {
    expect(serviceAnswer(service('passport-eid')).online).toBe(false);
  });

  it('says "from abroad" for the passport, through the embassy', () => {
    expect(serviceAnswer(service('passport-eid')).fromAbroad).toBe(true);
  });
});
