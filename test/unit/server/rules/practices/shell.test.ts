import assert from 'node:assert/strict';
import { aptCalls, commandName, mayMention, parseShell } from '../../../../../server/src/rules/practices/shell';

const commands = (text: string) => parseShell(text).commands.map((c) => [c.before, c.words.map((w) => w.value).join(' '), c.after]);

describe('the shell reading of the practices rules', () => {
  it('splits on &&, ||, ;, | and & outside quotes and substitutions', () => {
    assert.deepEqual(commands('a "b && c" && d \'e|f\' || g; h | i & j'), [
      ['', 'a b && c', '&&'],
      ['&&', 'd e|f', '||'],
      ['||', 'g', ';'],
      [';', 'h', '|'],
      ['|', 'i', '&'],
      ['&', 'j', ''],
    ]);
    assert.deepEqual(commands('x="$(a | b)" `c | d` && e'), [
      ['', 'x=$(a | b) `c | d`', '&&'],
      ['&&', 'e', ''],
    ]);
  });

  it('keeps redirections, escapes and mid-word # as words, and stops at a comment', () => {
    assert.deepEqual(commands('make 2>&1 >/dev/null &>log a\\;b c#d # rest | x'), [['', 'make 2>&1 >/dev/null &>log a;b c#d', '']]);
  });

  it('reads case patterns as patterns, not pipes', () => {
    const script = parseShell('case "$a" in x|y) echo 1 ;; (z) echo 2 ;; esac | cat');
    assert.deepEqual(script.commands.map((c) => c.words.map((w) => w.value).join(' ')), ['case $a in', 'echo 1', 'echo 2', 'esac', 'cat']);
    assert.deepEqual(script.operators.map((o) => o.text), [';;', ';;', '|']);
  });

  it('keeps word offsets in the text', () => {
    const [command] = parseShell('  apt-get  install -y').commands;
    assert.deepEqual(command.words.map((w) => [w.start, w.end]), [[2, 9], [11, 18], [19, 21]]);
  });

  it('finds the command behind assignments, keywords and sudo', () => {
    const [command] = parseShell('if FOO=1 sudo -u root env -i BAR=2 apt-get update').commands;
    const name = commandName(command);
    assert.equal(name?.word.value, 'apt-get');
    assert.equal(name?.sudo?.start, 9);
  });

  it('reads apt-get options before and after the sub-command', () => {
    const [call] = aptCalls(parseShell('apt-get -o Dpkg::Options::=--force-confnew -qq install -y curl'));
    assert.equal(call.action.value, 'install');
    assert.deepEqual(call.options, ['-o=Dpkg::Options::=--force-confnew', '-qq', '-y']);
  });

  it('tells when a script may mention a command, quotes and escapes included', () => {
    for (const text of ['apt-get update', 'a\\pt-get update', "'apt'-get update", 'a"p"t install', 'echo apt']) assert.equal(mayMention(text, 'apt'), true, text);
    for (const text of ['make build', 'ap t-get', 'a$pt', 'a-pt']) assert.equal(mayMention(text, 'apt'), false, text);
    assert.equal(mayMention('su""do ls', 'sudo'), true);
    assert.equal(mayMention('visudo', 'sudo'), true);
    assert.equal(mayMention('sud ls', 'sudo'), false);
  });

  it('reads the operators again when asked, the same as the commands', () => {
    const script = parseShell('a && b | c; ( d ) & e');
    assert.deepEqual(script.operators, [
      { text: '&&', start: 2, end: 4 },
      { text: '|', start: 7, end: 8 },
      { text: ';', start: 10, end: 11 },
      { text: '(', start: 12, end: 13 },
      { text: ')', start: 16, end: 17 },
      { text: '&', start: 18, end: 19 },
    ]);
    assert.equal(script.operators, script.operators);
    assert.deepEqual(script.commands.map((c) => [c.before, c.words.map((w) => w.value).join(' '), c.after]), [
      ['', 'a', '&&'],
      ['&&', 'b', '|'],
      ['|', 'c', ';'],
      ['(', 'd', ')'],
      ['&', 'e', ''],
    ]);
  });
});
