// Finds request channels that, by their own words, only help with the request: they book a
// time, take a queue ticket, take the fee in advance or fill in a form that is then handed in
// elsewhere. Such a channel belongs in the `steps` of the channel that completes the request
// (schema/channel.ts); left as a channel it makes the page say "You can apply online" when you
// cannot (passport-eid's EP145 e-service and the Qticket app).
import type { Service } from '../schema/index.ts';
import { ENVIRONMENT_OF } from './channels.ts';
import { plainText } from '../text/localized.ts';

/** Phrases, in both languages, by which a note or kind reason says a way only books, queues or pays. */
const STEP_ONLY: readonly RegExp[] = [
  /\bqueue only\b/i,
  /\bonly books?\b/i,
  /\bonly fills? in\b/i,
  /\bstill (have|need) to (apply|come|hand in)\b/i,
  /\btikai vieta rindā\b/i,
  /\btik un tā jāiesniedz\b/i,
  /\bvar vien pieteikt\b/i,
  /\btikai aizpilda\b/i,
];

/** Phrases that say the service is requested only in person. */
const ONLY_IN_PERSON: readonly RegExp[] = [
  /\bapply (and collect it )?only in person\b/i,
  /\bhand in the application in person\b/i,
  /\btikai personiski\b/i,
];

export interface StepOnlyProblem {
  field: string;
  expected: string;
}

function says(patterns: readonly RegExp[], text: { lv: string; en: string } | null | undefined): boolean {
  return !!text && patterns.some((p) => p.test(text.lv) || p.test(text.en));
}

/** Request channels that claim an online or remote way but are only a step, with where and why. */
export function stepOnlyChannels(service: Service): StepOnlyProblem[] {
  const problems: StepOnlyProblem[] = [];
  const onlyInPerson = says(ONLY_IN_PERSON, service.kindReason) || says(ONLY_IN_PERSON, plainText(service.summary));
  service.requestChannels.forEach((channel, i) => {
    if (ENVIRONMENT_OF[channel.type] === 'inPerson') return;
    if (says(STEP_ONLY, channel.note)) {
      problems.push({
        field: `requestChannels[${i}]`,
        expected: `a way that completes the request: its note says it only books, queues, pays or fills in a form, so it belongs in the steps of the channel that does ("${channel.type}")`,
      });
    } else if (onlyInPerson) {
      problems.push({
        field: `requestChannels[${i}]`,
        expected: `no remote request channel ("${channel.type}"): the service says it is requested only in person; a way that only helps is a step of the in-person channel`,
      });
    }
  });
  return problems;
}

/** A service that says it can be used from abroad needs a completing way that works there. */
export function unbackedFromAbroad(service: Service): StepOnlyProblem[] {
  if (service.crossBorder.fromAbroad !== true) return [];
  const works = service.requestChannels.some((c) => c.type === 'embassy' || ENVIRONMENT_OF[c.type] !== 'inPerson');
  return works
    ? []
    : [
        {
          field: 'crossBorder.fromAbroad',
          expected:
            'a request channel that works from abroad (embassy, online, post or phone), or fromAbroad false or null',
        },
      ];
}
