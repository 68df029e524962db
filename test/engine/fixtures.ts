import type Docker from 'dockerode';
import { randomBytes } from 'node:crypto';

import { BASE_IMAGE, docker, TEST_PREFIX } from '../support/docker';

export { BASE_IMAGE, docker, TEST_PREFIX };

/**
 * Every name this test process makes starts with this, so its clean-up removes its own objects
 * only, never those of another test run on the same engine.
 */
const RUN_PREFIX = `${TEST_PREFIX}${randomBytes(2).toString('hex')}-`;

export function uniqueName(what: string): string {
  return `${RUN_PREFIX}${what}-${randomBytes(3).toString('hex')}`;
}

export async function startContainer(name: string, command = ['sleep', '300']): Promise<Docker.Container> {
  const container = await docker.createContainer({ name, Image: BASE_IMAGE, Cmd: command, Labels: { 'berth.test': '1' } });
  await container.start();
  return container;
}

/** Removes what this test process made: containers first, since they hold volumes and networks. */
export async function removeTestObjects(): Promise<void> {
  const containers = await docker.listContainers({ all: true, filters: { name: [RUN_PREFIX] } });
  await Promise.all(containers.map((c) => docker.getContainer(c.Id).remove({ force: true, v: true })));
  const { Volumes } = await docker.listVolumes({ filters: { name: [RUN_PREFIX] } });
  await Promise.all((Volumes ?? []).map((v) => docker.getVolume(v.Name).remove()));
  const networks = await docker.listNetworks({ filters: { name: [RUN_PREFIX] } });
  await Promise.all(networks.map((n) => docker.getNetwork(n.Id).remove()));
}
