import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { commandName, mapperFor, mayMention, runScript, shellText, ShellCommand, ShellWord } from './shell';

/** `sudo` in a RUN: the build runs commands as root unless USER says otherwise. */
export const sudo: Rule = {
  id: 'Sudo',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'A RUN uses sudo; switch users with USER instead.',
    zh: 'RUN 指令中使用了 sudo；请改用 USER 切换用户。',
  },
  messages: {
    sudo: {
      en: "Avoid sudo in RUN: commands already run as root unless USER changed it. Use 'USER root' before the commands that need it and switch back after.",
      zh: '不要在 RUN 中使用 sudo：除非用 USER 改过，命令本来就以 root 身份运行。需要时先写“USER root”，执行完再切换回来。',
    },
  },
  appliesTo: ['RUN'],
  checkInstruction(instruction, { syntax }) {
    // Most RUNs have no sudo: no need to read their script.
    const text = shellText(instruction);
    if (text === undefined || !mayMention(text, 'sudo')) return NOTHING_FOUND;
    const { commands } = runScript(instruction)!;
    let findings: Finding[] | undefined;
    for (let c = 0; c < commands.length; c++) {
      const command = commands[c];
      const name = commandName(command);
      // Without a command after it (`sudo` alone), commandName finds none; the word is still sudo.
      const word = name ? name.sudo : sudoWord(command);
      if (!word) continue;
      (findings ??= []).push({ range: mapperFor(instruction, syntax.escapeChar).range(word.start, word.end), message: 'sudo' });
    }
    return findings ?? NOTHING_FOUND;
  },
};

function sudoWord(command: ShellCommand): ShellWord | undefined {
  const { words } = command;
  for (let w = 0; w < words.length; w++) if (words[w].value === 'sudo') return words[w];
  return undefined;
}
