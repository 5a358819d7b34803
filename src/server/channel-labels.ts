// Channel type names in both languages, taken from the UI strings, for exports and JSON-LD.
import { messages } from '../i18n/index.ts';
import { ChannelType } from '../lib/schema/index.ts';
import { channelLabelKey } from '../lib/channels/channels.ts';
import type { ChannelTypeLabels } from '../lib/open-data/meta.ts';

export function channelTypeLabels(): ChannelTypeLabels {
  return Object.fromEntries(
    ChannelType.options.map((type) => {
      const key = channelLabelKey(type);
      return [type, { lv: messages.lv[key], en: messages.en[key] }];
    }),
  ) as ChannelTypeLabels;
}
