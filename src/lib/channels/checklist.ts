// "What to bring": the documents, the identity document and the fees of a service, as a list a
// person can tick off. Built only from the data; nothing is added that the sources do not say.
import type { ChannelType, LocalizedText, Service } from '../schema/index.ts';
import { allChannels, sortChannels } from './channels.ts';

export type ChecklistItem =
  | { kind: 'document'; text: LocalizedText }
  /** An identity document; `channels` are the ways that need it (all of them when `always`). */
  | { kind: 'id'; channels: ChannelType[]; always: boolean }
  | { kind: 'fee'; amountEur: number | null; description: LocalizedText };

export function checklistItems(service: Service): ChecklistItem[] {
  const channels = sortChannels(allChannels(service));
  const needing = [...new Set(channels.filter((c) => c.needs.idDocument === true).map((c) => c.type))];
  const always = channels.every((c) => c.needs.idDocument === true);
  return [
    ...service.documents.map((text): ChecklistItem => ({ kind: 'document', text })),
    ...(needing.length > 0 ? [{ kind: 'id', channels: needing, always } as const] : []),
    ...service.fees
      .filter((f) => f.amountEur !== 0)
      .map((f): ChecklistItem => ({ kind: 'fee', amountEur: f.amountEur, description: f.description })),
  ];
}
