import { Message } from './rules/rule';

/** The languages Berth speaks; the client's locale comes from the LSP `initialize` request. */
export type Locale = 'en' | 'zh-cn';

export function toLocale(requested: string | undefined): Locale {
  return requested?.toLowerCase().startsWith('zh') ? 'zh-cn' : 'en';
}

export function localize(message: Message, locale: Locale, args: readonly string[] = []): string {
  const template = locale === 'zh-cn' ? message.zh : message.en;
  return template.replace(/\{(\d+)\}/g, (_, index: string) => args[Number(index)] ?? '');
}
