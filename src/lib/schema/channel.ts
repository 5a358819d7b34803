import { z } from 'zod';
import { Atvk, Email, HttpsUrl, LocalizedText, Phone, Slug } from './common.ts';
import { PlaceType } from './place.ts';

/** Means of electronic identification a Latvian e-service can accept. */
export const AuthMeans = z
  .enum(['eid-card', 'eparaksts-mobile', 'eparaksts-card', 'smart-id-qualified', 'foreign-eu-eid', 'institution-login'])
  .describe('How a person proves who they are online.');
export type AuthMeans = z.infer<typeof AuthMeans>;

/** What a person needs to use a channel. Unknown is null, never a guess. */
export const ChannelNeeds = z
  .strictObject({
    authentication: z
      .array(AuthMeans)
      .nullable()
      .describe(
        'Accepted sign-in means; empty when none is needed; null when the sources do not say (an e-service or app whose sign-in is not stated).',
      ),
    eSignature: z.boolean().nullable().describe('Whether a qualified e-signature is required; null when unknown.'),
    idDocument: z.boolean().nullable().describe('Whether an identity document must be shown; null when unknown.'),
    appointment: z.boolean().nullable().describe('Whether an appointment must be booked first; null when unknown.'),
  })
  .describe('What a channel requires.');
export type ChannelNeeds = z.infer<typeof ChannelNeeds>;

/**
 * A step that helps with a channel but does not complete the request or receipt on its own:
 * booking a time, paying the fee, taking a queue ticket, checking the status, getting a form.
 * An e-service that only books a visit is a step of the in-person channel, not a way to apply
 * ("You can apply online" must come from a way that completes the application).
 */
export const StepKind = z
  .enum(['book-appointment', 'pay-fee', 'queue-ticket', 'check-status', 'form'])
  .describe(
    'book-appointment: book a time; pay-fee: pay in advance; queue-ticket: take a place in the queue remotely; check-status: follow the case or see the result; form: download or fill in the form to hand in through the channel.',
  );
export type StepKind = z.infer<typeof StepKind>;

export const ChannelStep = z
  .strictObject({
    kinds: z
      .array(StepKind)
      .min(1)
      .describe('What the step does (an e-service can book a time and take the fee at once).'),
    note: LocalizedText.nullable().describe('What to do and where (the e-service or app by name), or null.'),
    url: HttpsUrl.nullable().describe('Where to take the step, or null when the sources give no address.'),
  })
  .describe('A step that helps with a channel but does not complete it.');
export type ChannelStep = z.infer<typeof ChannelStep>;

/**
 * Who or where a channel is limited to, as data, so the advice never offers a way the person's
 * answers exclude (the home visit that exists only in Rīga) and each way is told apart.
 */
export const ConditionKind = z
  .enum(['municipality', 'foreigners', 'residents-abroad', 'disability', 'organisations', 'case'])
  .describe(
    'municipality: only in the municipality given; foreigners: only for foreign nationals; residents-abroad: only for people whose registered address is abroad; disability: only for people with a disability or who cannot travel; organisations: only for companies or institutions; case: only in the case the note names.',
  );
export type ConditionKind = z.infer<typeof ConditionKind>;

export const ChannelCondition = z
  .strictObject({
    kind: ConditionKind,
    municipality: Atvk.nullable()
      .default(null)
      .describe('The ATVK code of the municipality when kind is municipality (Rīga: 0001000), else null.'),
    note: LocalizedText.nullable()
      .default(null)
      .describe('The condition in words where the kind alone does not say it, or null.'),
  })
  .describe('A limit on who can use a channel or where.');
export type ChannelCondition = z.infer<typeof ChannelCondition>;

/** Fields every channel has, whatever its type. */
const channelBase = {
  steps: z
    .array(ChannelStep)
    .default([])
    .describe('Steps that help with this channel (book, pay, queue, status, form); empty when none.'),
  conditions: z
    .array(ChannelCondition)
    .default([])
    .describe('Limits on who can use this channel or where; empty when anyone can.'),
  note: LocalizedText.nullable().describe('A short fact about this channel (who, what, where), or null.'),
  needs: ChannelNeeds.describe('What the person needs for this channel.'),
  fee: LocalizedText.nullable().describe('Fee on this channel where it differs from the service fee; null otherwise.'),
  time: LocalizedText.nullable().describe('Processing time on this channel where it differs; null otherwise.'),
  url: HttpsUrl.nullable().describe('Where to read about or start this channel, or null.'),
};

export const ChannelType = z
  .enum([
    'e-service',
    'e-mail-signed',
    'e-address',
    'mobile-app',
    'post',
    'phone',
    'in-person',
    'embassy',
    'home-visit',
  ])
  .describe('How a service is requested or received.');
export type ChannelType = z.infer<typeof ChannelType>;

/** An e-service on the state portal or on the institution's own site; always has a URL. */
const EServiceChannel = z.strictObject({
  type: z.literal('e-service'),
  ...channelBase,
  url: HttpsUrl.describe('The e-service address (required).'),
  provider: z
    .enum(['portal', 'institution'])
    .describe("portal: latvija.gov.lv; institution: the institution's own site."),
});

/** An e-mail signed with a qualified electronic signature. */
const EMailSignedChannel = z.strictObject({
  type: z.literal('e-mail-signed'),
  ...channelBase,
  email: Email.nullable().describe("The address to write to, or null when it is the institution's general e-mail."),
});

/** The official e-address (e-adrese) mailbox. */
const EAddressChannel = z.strictObject({ type: z.literal('e-address'), ...channelBase });

/** A mobile application. */
const MobileAppChannel = z.strictObject({
  type: z.literal('mobile-app'),
  ...channelBase,
  name: z.string().min(1).describe("The app's name."),
});

/** Paper post. */
const PostChannel = z.strictObject({
  type: z.literal('post'),
  ...channelBase,
  address: z.string().min(1).nullable().describe("Postal address to send to, or null when it is the institution's."),
});

/** A phone line. */
const PhoneChannel = z.strictObject({
  type: z.literal('phone'),
  ...channelBase,
  phone: Phone.describe('Number to call.'),
});

/** In person at places of the given types, or at the listed places. */
const InPersonChannel = z.strictObject({
  type: z.literal('in-person'),
  ...channelBase,
  placeTypes: z
    .array(PlaceType)
    .describe('Kinds of place that handle it (any place of that kind that offers the service).'),
  placeIds: z.array(Slug).describe('Particular places, when only these handle it.'),
});

/** At a Latvian embassy or consulate abroad. */
const EmbassyChannel = z.strictObject({ type: z.literal('embassy'), ...channelBase });

/** An official comes to the person's home (for people who cannot travel). */
const HomeVisitChannel = z.strictObject({ type: z.literal('home-visit'), ...channelBase });

export const Channel = z
  .discriminatedUnion('type', [
    EServiceChannel,
    EMailSignedChannel,
    EAddressChannel,
    MobileAppChannel,
    PostChannel,
    PhoneChannel,
    InPersonChannel,
    EmbassyChannel,
    HomeVisitChannel,
  ])
  .describe('One way to request or receive a service.');
export type Channel = z.infer<typeof Channel>;
