import { DiskUsage, summarizeDiskUsage, SystemInfo, UsageSummary } from '../../engine/system';
import { formatBytes, Translate } from './presentation';

/**
 * The engine's information and disk usage as Markdown documents (pure, so unit-tested): what
 * `docker info` and `docker system df` print, in a form that reads well in an editor.
 */

export function systemInfoMarkdown(info: SystemInfo, address: string, t: Translate): string {
  const rows: Array<[string, string]> = [
    [t('Engine'), `Docker ${info.serverVersion}`],
    [t('Address'), address],
    [t('API version'), info.apiVersion === info.engineApiVersion ? info.apiVersion : t('{0} (the engine speaks up to {1})', info.apiVersion, info.engineApiVersion)],
    [t('Host name'), info.name],
    [t('Operating system'), info.operatingSystem],
    [t('OS/Arch'), `${info.osType}/${info.architecture}`],
    [t('Kernel'), info.kernelVersion],
    [t('Storage driver'), info.storageDriver],
    [t('Docker root folder'), info.rootDir],
    [t('CPUs'), String(info.cpus)],
    [t('Memory'), formatBytes(info.memoryBytes)],
    [t('Containers'), t('{0} ({1} running, {2} paused, {3} stopped)', info.containers.total, info.containers.running, info.containers.paused, info.containers.stopped)],
    [t('Images'), String(info.images)],
  ];
  return [`# ${t('Docker engine')}`, '', table([t('Property'), t('Value')], rows), ''].join('\n');
}

export function diskUsageMarkdown(df: DiskUsage, t: Translate): string {
  const summary = summarizeDiskUsage(df);
  const row = (kind: string, s: UsageSummary): string[] => [kind, String(s.count), String(s.active), formatBytes(s.size), reclaimable(s)];
  const lines = [
    `# ${t('Docker disk usage')}`,
    '',
    table(
      [t('Type'), t('Total'), t('Active'), t('Size'), t('Reclaimable')],
      [row(t('Images'), summary.images), row(t('Containers'), summary.containers), row(t('Local volumes'), summary.volumes), row(t('Build cache'), summary.buildCache)],
    ),
    '',
  ];
  const biggest = [...df.images].sort((a, b) => b.size - a.size).slice(0, 10);
  if (biggest.length > 0) {
    lines.push(`## ${t('Largest images')}`, '');
    lines.push(table([t('Image'), t('Size'), t('Containers')], biggest.map((i) => [i.tags.join(', ') || t('(dangling, no tag)'), formatBytes(i.size), String(Math.max(0, i.containers))])), '');
  }
  const volumes = df.volumes.filter((v) => v.size > 0).sort((a, b) => b.size - a.size).slice(0, 10);
  if (volumes.length > 0) {
    lines.push(`## ${t('Largest volumes')}`, '');
    lines.push(table([t('Volume'), t('Size'), t('Containers')], volumes.map((v) => [v.name, formatBytes(v.size), String(Math.max(0, v.refCount))])), '');
  }
  return lines.join('\n');
}

function reclaimable(s: UsageSummary): string {
  const percent = s.size > 0 ? Math.round((s.reclaimable / s.size) * 100) : 0;
  return `${formatBytes(s.reclaimable)} (${percent}%)`;
}

function table(header: string[], rows: string[][]): string {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.map(cell).join(' | ')} |`).join('\n');
}
