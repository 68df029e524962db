/** Documentation written for Berth, in English and Simplified Chinese (Markdown). */
export interface DocText {
  en: string;
  zh: string;
}

export interface DocEntry {
  /** One line, for completion item details. */
  summary: DocText;
  /** What it does, its forms, a short example, and the pitfalls a careful user needs. */
  body: DocText;
}
