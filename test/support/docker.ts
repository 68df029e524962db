import Docker from 'dockerode';

/** The local image every test builds on; nothing can be pulled, so ensure-engine.sh imports it. */
export const BASE_IMAGE = process.env.BERTH_BASE_IMAGE ?? 'berth/busybox:latest';

/** Every object a test makes is named with this prefix, so a user's are never touched. */
export const TEST_PREFIX = 'berth-test-';

/** The tests' own handle on the engine, independent of the code under test. */
export const docker = new Docker(
  process.env.DOCKER_HOST?.startsWith('unix://') ? { socketPath: process.env.DOCKER_HOST.slice('unix://'.length) } : { socketPath: '/var/run/docker.sock' },
);
