import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { isLiteralExposeWord } from './common';

/**
 * BuildKit: EXPOSE takes container ports (`80`, `80/udp`, `8000-8010`); an IP address or a
 * host-port mapping (`127.0.0.1:80:80`, `8080:80`) belongs to `docker run -p`.
 */
export const exposeInvalidFormat: Rule = {
  id: 'ExposeInvalidFormat',
  kind: 'check',
  defaultSeverity: 'warning',
  description: {
    en: 'IP address and host-port mapping should not be used in EXPOSE instruction. This will become an error in a future release.',
    zh: 'EXPOSE 指令中不应使用 IP 地址和主机端口映射，这将在未来版本中成为错误。',
  },
  messages: {
    invalid: { en: "EXPOSE instruction should not define an IP address or host-port mapping, found '{0}'", zh: 'EXPOSE 指令不应定义 IP 地址或主机端口映射，发现“{0}”' },
    containerPort: { en: "Keep only the container port '{0}'", zh: '只保留容器端口“{0}”' },
  },
  appliesTo: ['EXPOSE'],
  checkInstruction(instruction) {
    // Most EXPOSE have no colon.
    if (instruction.name !== 'EXPOSE' || !instruction.args.includes(':')) return NOTHING_FOUND;
    let findings: Finding[] | undefined;
    const words = instruction.words;
    for (let i = 0; i < words.length; i++) {
      const word = words[i];
      if (!isLiteralExposeWord(word)) continue;
      const colon = word.text.lastIndexOf(':');
      if (colon < 0) continue;
      const port = word.text.slice(colon + 1);
      const finding: Finding = { range: word.range, message: 'invalid', args: [word.text] };
      if (port !== '') finding.fixes = [{ title: 'containerPort', args: [port], edits: [{ range: word.range, newText: port }] }];
      (findings ??= []).push(finding);
    }
    return findings ?? NOTHING_FOUND;
  },
};
