"use strict";
/**
 * POSIX-shell-like word splitting and quoting, for the fields a user types as on a `docker run`
 * command line (`sh -c 'echo hi'`, `A=1 B="two words"`) and for rendering a copyable command.
 */
Object.defineProperty(exports, "__esModule", { value: true });
exports.UnclosedQuoteError = void 0;
exports.splitShellWords = splitShellWords;
exports.shellQuote = shellQuote;
exports.shellJoin = shellJoin;
/** Splits on unquoted blanks; single quotes are literal, double quotes and `\` escape. Throws on an unclosed quote. */
function splitShellWords(text) {
    const words = [];
    let word = '';
    let inWord = false;
    let quote;
    for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (quote === "'") {
            if (ch === "'")
                quote = undefined;
            else
                word += ch;
        }
        else if (quote === '"') {
            if (ch === '"')
                quote = undefined;
            else if (ch === '\\' && i + 1 < text.length && '"\\$`'.includes(text[i + 1]))
                word += text[++i];
            else
                word += ch;
        }
        else if (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
            if (inWord)
                words.push(word);
            word = '';
            inWord = false;
        }
        else if (ch === "'" || ch === '"') {
            quote = ch;
            inWord = true;
        }
        else if (ch === '\\' && i + 1 < text.length) {
            word += text[++i];
            inWord = true;
        }
        else {
            word += ch;
            inWord = true;
        }
    }
    if (quote)
        throw new UnclosedQuoteError(quote);
    if (inWord)
        words.push(word);
    return words;
}
class UnclosedQuoteError extends Error {
    quote;
    constructor(quote) {
        super(`unclosed ${quote}`);
        this.quote = quote;
    }
}
exports.UnclosedQuoteError = UnclosedQuoteError;
const SAFE = /^[A-Za-z0-9_@%+=:,./-]+$/;
/** Quotes a word for a POSIX shell only when it needs it. */
function shellQuote(word) {
    if (word !== '' && SAFE.test(word))
        return word;
    return `'${word.replace(/'/g, `'\\''`)}'`;
}
function shellJoin(words) {
    return words.map(shellQuote).join(' ');
}
//# sourceMappingURL=shellWords.js.map