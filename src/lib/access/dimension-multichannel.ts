// N3-1 multichannel (daudzkanālu pieejamība): can the person choose how to request and how to
// receive the service? The seed's two environments (presence in src/lib/channels/channels.ts):
// electronic = e-service, mobile app, signed e-mail, e-address;
// physical = post, phone (physical, remote) and in person, embassy, home visit (physical, in person).
//
// d-service                                        → not-applicable  'digital-only'
// every stage has a channel in both environments   → provided        'alternatives-both-stages'
//   (f-service: receipt is judged on physical channels only; electronic receipt cannot apply)
// every channel of both stages in one environment  → not-provided    'single-environment'
// each stage has exactly one kind of channel       → not-provided    'no-choice'
//   (the person chooses nothing at any stage, even if the two stages differ)
// otherwise                                        → partly          'missing-alternatives' (lists what is missing)
// Kind null: judged by the channels as an e-service.
import type { Channel, ChannelType, Service } from '../schema/index.ts';
import { presence, type Presence } from '../channels/channels.ts';
import {
  settle,
  type AccessNote,
  type AccessStatus,
  type DimensionResult,
  type UnknownFact,
} from './dimension-result.ts';

export type Stage = 'request' | 'receipt';

export interface StageChannels {
  electronic: boolean;
  physical: boolean;
  /** Distinct channel types the stage offers, in data order. */
  types: ChannelType[];
}

export type MultichannelReason =
  | { code: 'digital-only' }
  | { code: 'alternatives-both-stages'; request: StageChannels; receipt: StageChannels }
  | {
      code: 'missing-alternatives';
      missing: { stage: Stage; environment: Presence }[];
      request: StageChannels;
      receipt: StageChannels;
    }
  | { code: 'single-environment'; environment: Presence }
  | { code: 'no-choice'; request: ChannelType; receipt: ChannelType };

/** Which environments a stage's channels reach, and which channel types it offers. */
export function stageChannels(channels: readonly Channel[]): StageChannels {
  const types = [...new Set(channels.map((c) => c.type))];
  return {
    electronic: channels.some((c) => presence(c.type) === 'electronic'),
    physical: channels.some((c) => presence(c.type) === 'physical'),
    types,
  };
}

/** N3-1: can the person choose how to request and how to receive the service? */
export function assessMultichannel(service: Service): DimensionResult<MultichannelReason> {
  const notes: AccessNote[] = [];
  if (service.kind === null) notes.push('kind-unknown');
  if (service.kind === 'd')
    return { dimension: 'N3-1', status: 'not-applicable', reason: { code: 'digital-only' }, notes, unknown: [] };
  if (service.kind === 'f') notes.push('electronic-receipt-not-applicable');
  const request = stageChannels(service.requestChannels);
  const known = stageChannels(service.receiptChannels);
  // No receipt channel means no source says how the result comes, not that it never does.
  const open: UnknownFact[] = service.receiptChannels.length === 0 ? ['receipt-channels'] : [];
  const anyReceipt: StageChannels = { electronic: true, physical: true, types: ['e-service', 'post'] };
  return settle(open, (favourable) =>
    judgeMultichannel(service, request, favourable && open.length > 0 ? anyReceipt : known, notes),
  );
}

function judgeMultichannel(
  service: Service,
  request: StageChannels,
  receipt: StageChannels,
  notes: AccessNote[],
): DimensionResult<MultichannelReason> {
  const result = (status: AccessStatus, reason: MultichannelReason): DimensionResult<MultichannelReason> => ({
    dimension: 'N3-1',
    status,
    reason,
    notes,
    unknown: [],
  });
  const missing: { stage: Stage; environment: Presence }[] = [];
  if (!request.electronic) missing.push({ stage: 'request', environment: 'electronic' });
  if (!request.physical) missing.push({ stage: 'request', environment: 'physical' });
  if (service.kind !== 'f' && !receipt.electronic) missing.push({ stage: 'receipt', environment: 'electronic' });
  if (!receipt.physical) missing.push({ stage: 'receipt', environment: 'physical' });

  if (missing.length === 0) return result('provided', { code: 'alternatives-both-stages', request, receipt });

  const electronicAnywhere = request.electronic || receipt.electronic;
  const physicalAnywhere = request.physical || receipt.physical;
  if (electronicAnywhere !== physicalAnywhere) {
    return result('not-provided', {
      code: 'single-environment',
      environment: electronicAnywhere ? 'electronic' : 'physical',
    });
  }
  if (request.types.length === 1 && receipt.types.length === 1) {
    return result('not-provided', { code: 'no-choice', request: request.types[0]!, receipt: receipt.types[0]! });
  }
  return result('partly', { code: 'missing-alternatives', missing, request, receipt });
}
