type Translate = (message: string, ...args: Array<string | number>) => string;

/** Why `value` is not an engine address Berth can be given, or undefined when it is. */
export function engineAddressProblem(value: string, t: Translate): string | undefined {
  const address = value.trim();
  if (!address) return t('Enter an address such as unix:///var/run/docker.sock or tcp://127.0.0.1:2375.');
  const match = /^([a-z]+):\/\/(.*)$/i.exec(address);
  if (!match || !['unix', 'tcp', 'ssh', 'npipe'].includes(match[1].toLowerCase())) return t('The address starts with unix://, tcp://, ssh:// or npipe://.');
  const scheme = match[1].toLowerCase();
  const rest = match[2];
  if (!rest) return scheme === 'unix' || scheme === 'npipe' ? t('Add the socket path after {0}://.', scheme) : t('Add the host after {0}://.', scheme);
  if (scheme === 'unix' && !rest.startsWith('/')) return t('A socket path is absolute, e.g. unix:///var/run/docker.sock.');
  if (scheme === 'tcp' || scheme === 'ssh') {
    let url: URL;
    try {
      url = new URL(`${scheme === 'tcp' ? 'http' : 'ssh'}://${rest}`);
    } catch {
      return t('{0} is not a valid host and port.', rest);
    }
    if (!url.hostname) return t('Add the host after {0}://.', scheme);
    if (rest.split('/')[0].endsWith(':')) return t('Add the port after the colon, e.g. {0}://{1}:2375.', scheme, url.hostname);
    if (scheme === 'tcp' && url.pathname !== '/' && url.pathname !== '') return t('A tcp:// address has no path.');
  }
  return undefined;
}
