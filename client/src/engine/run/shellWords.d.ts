/**
 * POSIX-shell-like word splitting and quoting, for the fields a user types as on a `docker run`
 * command line (`sh -c 'echo hi'`, `A=1 B="two words"`) and for rendering a copyable command.
 */
/** Splits on unquoted blanks; single quotes are literal, double quotes and `\` escape. Throws on an unclosed quote. */
export declare function splitShellWords(text: string): string[];
export declare class UnclosedQuoteError extends Error {
    readonly quote: string;
    constructor(quote: string);
}
/** Quotes a word for a POSIX shell only when it needs it. */
export declare function shellQuote(word: string): string;
export declare function shellJoin(words: readonly string[]): string;
