import { Finding, Rule } from './rule';

/** Every instruction BuildKit's Dockerfile frontend knows. */
export const INSTRUCTIONS = [
  'ADD', 'ARG', 'CMD', 'COPY', 'ENTRYPOINT', 'ENV', 'EXPOSE', 'FROM', 'HEALTHCHECK', 'LABEL',
  'MAINTAINER', 'ONBUILD', 'RUN', 'SHELL', 'STOPSIGNAL', 'USER', 'VOLUME', 'WORKDIR',
] as const;

const KNOWN: ReadonlySet<string> = new Set(INSTRUCTIONS);

/** `docker build` fails with "unknown instruction" on any other keyword. */
export const unknownInstruction: Rule = {
  id: 'UnknownInstruction',
  defaultSeverity: 'error',
  description: 'The instruction is not one that docker build knows.',
  check(syntax) {
    const findings: Finding[] = [];
    for (const instruction of syntax.instructions) {
      if (KNOWN.has(instruction.name)) continue;
      const suggestion = closestInstruction(instruction.name);
      findings.push(
        suggestion
          ? { range: instruction.keywordRange, message: 'unknownInstruction.suggestion', args: [instruction.keyword, suggestion] }
          : { range: instruction.keywordRange, message: 'unknownInstruction.message', args: [instruction.keyword] },
      );
    }
    return findings;
  },
};

/** The known instruction within two edits of the typed one, if there is exactly one best. */
function closestInstruction(name: string): string | undefined {
  let best: string | undefined;
  let bestDistance = 3;
  for (const candidate of INSTRUCTIONS) {
    const distance = editDistance(name, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
