/**
 * The server's user-visible text, in English and Simplified Chinese. The client's locale comes
 * from the LSP `initialize` request; anything else falls back to English.
 */
const en = {
  'unknownInstruction.message': "Unknown instruction '{0}'.",
  'unknownInstruction.suggestion': "Unknown instruction '{0}'. Did you mean '{1}'?",
} as const;

export type MessageKey = keyof typeof en;

const zhCn: Record<MessageKey, string> = {
  'unknownInstruction.message': "未知指令“{0}”。",
  'unknownInstruction.suggestion': "未知指令“{0}”。您是想用“{1}”吗？",
};

export type Locale = 'en' | 'zh-cn';

export function toLocale(requested: string | undefined): Locale {
  return requested?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function message(locale: Locale, key: MessageKey, ...args: string[]): string {
  const template = locale === 'zh-cn' ? zhCn[key] : en[key];
  return template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
}
