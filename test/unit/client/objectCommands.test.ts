import assert from 'node:assert/strict';
import { planImageRemoval } from '../../../client/src/commands/images/removalPlan';
import {
  parseCidr,
  parseLabels,
  splitReference,
  validateGateway,
  validateImageReference,
  validateLabels,
  validateNetworkName,
  validateSubnet,
  validateVolumeName,
} from '../../../client/src/commands/shared/validation';
import { ImageRecord } from '../../../client/src/engine/records';
import { formatImageHistory, instructionOf } from '../../../client/src/views/presenters/imageHistory';
import { Translate } from '../../../client/src/views/presenters/presentation';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const created = new Date('2026-01-02T03:04:05Z');

describe('image references typed to tag an image', () => {
  it('accepts what Docker accepts', () => {
    for (const ok of ['app', 'app:1.0', 'team/app:latest', 'localhost:5000/app', 'registry.example.com:5000/team/sub/app:v1_2-3', 'a__b/c.d/e-f--g:_x', 'my-app:' + 'x'.repeat(128), 'localhost/app']) {
      assert.equal(validateImageReference(ok, t), undefined, ok);
    }
  });

  it('rejects bad names with a message saying what is wrong', () => {
    const cases: Array<[string, RegExp]> = [
      ['', /Enter an image name/],
      ['My/App', /must be lowercase: "My"/],
      ['app:', /tag after the colon/],
      ['app:-bad', /Invalid tag "-bad"/],
      ['app:' + 'x'.repeat(129), /at most 128/],
      ['app name', /spaces/],
      ['app@sha256:abc', /digest/],
      ['team//app', /empty part/],
      ['team/-app', /Invalid repository part "-app"/],
      ['team/app.', /Invalid repository part "app\."/],
      ['bad_host.com:99999x/app', /Invalid registry/],
    ];
    for (const [text, message] of cases) assert.match(validateImageReference(text, t) ?? '', message, text);
  });

  it('splits at the tag colon, not at a registry port', () => {
    assert.deepEqual(splitReference('localhost:5000/app'), { repository: 'localhost:5000/app', tag: 'latest' });
    assert.deepEqual(splitReference('localhost:5000/app:2'), { repository: 'localhost:5000/app', tag: '2' });
    assert.deepEqual(splitReference('app'), { repository: 'app', tag: 'latest' });
  });
});

describe('volume and network names, labels', () => {
  it('checks volume names as the daemon does, requiring a name', () => {
    assert.equal(validateVolumeName('data_1.x-y', t), undefined);
    assert.match(validateVolumeName('', t) ?? '', /Enter a name/);
    assert.match(validateVolumeName('a', t) ?? '', /at least two characters/);
    assert.match(validateVolumeName('-data', t) ?? '', /starting with a letter or digit/);
    assert.match(validateVolumeName('my data', t) ?? '', /Invalid name/);
    assert.equal(validateNetworkName('n', t), undefined);
    assert.match(validateNetworkName('bad/name', t) ?? '', /Invalid name/);
  });

  it('reads labels as key=value pairs and rejects empty keys', () => {
    assert.deepEqual(parseLabels(' a=1, b = two words ,c'), { a: '1', b: 'two words', c: '' });
    assert.deepEqual(parseLabels(''), {});
    assert.equal(parseLabels('=x'), undefined);
    assert.match(validateLabels('a b=1', t) ?? '', /key=value/);
  });
});

describe('subnets and gateways', () => {
  it('accepts CIDR subnets (IPv4 and IPv6) or nothing', () => {
    for (const ok of ['', '172.28.0.0/16', '10.0.0.0/8', '192.168.1.0/24', 'fd00:db8::/64', '::/0']) assert.equal(validateSubnet(ok, t), undefined, ok);
  });

  it('rejects malformed subnets, out-of-range prefixes and host bits', () => {
    assert.match(validateSubnet('172.28.0.0', t) ?? '', /CIDR/);
    assert.match(validateSubnet('172.28.0.0/33', t) ?? '', /CIDR/);
    assert.match(validateSubnet('300.1.1.0/24', t) ?? '', /CIDR/);
    assert.match(validateSubnet('fd00::1::/64', t) ?? '', /CIDR/);
    assert.match(validateSubnet('172.28.5.0/16', t) ?? '', /host bits/);
    assert.deepEqual(parseCidr('10.1.0.0/16'), { network: (10n << 24n) | (1n << 16n), prefix: 16, bits: 32 });
  });

  it('wants the gateway inside the subnet and not its network address', () => {
    assert.equal(validateGateway('172.28.0.1', '172.28.0.0/16', t), undefined);
    assert.equal(validateGateway('', '172.28.0.0/16', t), undefined);
    assert.equal(validateGateway('fd00:db8::1', 'fd00:db8::/64', t), undefined);
    assert.match(validateGateway('172.29.0.1', '172.28.0.0/16', t) ?? '', /not inside the subnet 172\.28\.0\.0\/16/);
    assert.match(validateGateway('172.28.0.0', '172.28.0.0/16', t) ?? '', /network address/);
    assert.match(validateGateway('fd00::1', '172.28.0.0/16', t) ?? '', /not inside/);
    assert.match(validateGateway('gateway', '172.28.0.0/16', t) ?? '', /Enter an IP address/);
  });
});

describe('removing image rows', () => {
  const image = (id: string, tags: string[], containers: string[] = []): ImageRecord => ({ id, tags, size: 1, created, containers });
  const images = [image('sha256:multi', ['app:1', 'app:latest']), image('sha256:single', ['tool:1'], ['c1']), image('sha256:dangling', [])];

  it('untags a name when the image keeps another', () => {
    const plan = planImageRemoval([{ objectId: 'sha256:multi', imageRef: 'app:1' }], images);
    assert.deepEqual(plan.steps, [{ target: 'app:1', imageId: 'sha256:multi', deletesImage: false }]);
    assert.deepEqual(plan.untagOnly, ['app:1']);
    assert.deepEqual(plan.deleted, []);
  });

  it('deletes the image when its last name, or every name, is chosen, naming the containers using it', () => {
    const single = planImageRemoval([{ objectId: 'sha256:single', imageRef: 'tool:1' }], images);
    assert.deepEqual(single.deleted, [{ id: 'sha256:single', name: 'tool:1', containers: ['c1'] }]);
    assert.equal(single.steps[0].deletesImage, true);

    const both = planImageRemoval(
      [
        { objectId: 'sha256:multi', imageRef: 'app:latest' },
        { objectId: 'sha256:multi', imageRef: 'app:1' },
      ],
      images,
    );
    assert.deepEqual(
      both.steps.map((s) => [s.target, s.deletesImage]),
      [
        ['app:1', false],
        ['app:latest', true],
      ],
    );
    assert.deepEqual(both.untagOnly, []);
  });

  it('removes a dangling image by id', () => {
    const plan = planImageRemoval([{ objectId: 'sha256:dangling' }], images);
    assert.deepEqual(plan.steps, [{ target: 'sha256:dangling', imageId: 'sha256:dangling', deletesImage: true }]);
    assert.equal(plan.deleted[0].name, 'dangling');
  });
});

describe('image history', () => {
  it('reads the recorded commands as Dockerfile instructions', () => {
    assert.equal(instructionOf('/bin/sh -c #(nop)  CMD ["sh"]'), 'CMD ["sh"]');
    assert.equal(instructionOf('/bin/sh -c #(nop) ENV A=b'), 'ENV A=b');
    assert.equal(instructionOf('/bin/sh -c apt-get update &&     apt-get install -y curl'), 'RUN apt-get update && apt-get install -y curl');
    assert.equal(instructionOf('|1 VERSION=2 /bin/sh -c make'), 'RUN make');
    assert.equal(instructionOf('RUN /bin/sh -c echo hi # buildkit'), 'RUN echo hi');
    assert.equal(instructionOf('COPY . /app # buildkit'), 'COPY . /app');
    assert.equal(instructionOf('sh -c echo one > /f'), 'sh -c echo one > /f');
  });

  it('formats a Markdown table, newest first, with sizes and escaped pipes', () => {
    const text = formatImageHistory(
      'app:1',
      [
        { id: 'sha256:' + 'a'.repeat(64), created, createdBy: '/bin/sh -c echo a | tee /f', tags: ['app:1'], size: 1500, comment: '' },
        { created: new Date(0), createdBy: '', tags: [], size: 2_000_000, comment: 'Imported from -' },
      ],
      t,
    );
    const lines = text.trim().split('\n');
    assert.equal(lines[0], '# History of app:1');
    assert.equal(lines[2], '2 layers, 2.0 MB in all. Newest first.');
    assert.equal(lines[6], `| ${'a'.repeat(12)} | 2026-01-02 03:04:05Z | 1.5 KB | RUN echo a \\| tee /f |`);
    assert.equal(lines[7], '| <missing> |  | 2.0 MB | (Imported from -) |');
    assert.match(formatImageHistory('one', [{ created, createdBy: '', tags: [], size: 10, comment: '' }], t), /^One layer, 10 B\.$/m);
  });
});
