import assert from 'node:assert/strict';
import { ContainerRecord, ImageRecord, NetworkRecord, VolumeRecord } from '../../../client/src/engine/records';
import { formatAge, Translate } from '../../../client/src/views/presenters/presentation';
import { containerMatches, containerTree, flattenRows, imageTree, networkTree, parseFilter, volumeTree } from '../../../client/src/views/presenters/trees';
import { volumeSizeLine } from '../../../client/src/views/presenters/volumes';

const t: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const now = new Date('2026-03-01T12:00:00Z');
const hoursAgo = (h: number) => new Date(now.getTime() - h * 3_600_000);

function container(name: string, extra: Partial<ContainerRecord> = {}): ContainerRecord {
  return { id: `${name}-id`.padEnd(64, '0'), name, image: 'berth/busybox:latest', state: 'running', status: 'Up 5 minutes', created: hoursAgo(1), labels: {}, ...extra };
}

function composed(name: string, project: string, service: string, extra: Partial<ContainerRecord> = {}): ContainerRecord {
  return container(name, { composeProject: project, composeService: service, labels: { 'com.docker.compose.project': project, 'com.docker.compose.service': service }, ...extra });
}

const containers = [
  composed('shop-web-1', 'shop', 'web', { created: hoursAgo(3) }),
  composed('shop-db-1', 'shop', 'db', { state: 'exited', status: 'Exited (0) 1 hour ago', created: hoursAgo(2) }),
  composed('blog-app-1', 'blog', 'app', { created: hoursAgo(5) }),
  container('zeta', { created: hoursAgo(0.5), labels: { tier: 'front' } }),
  container('alpha', { state: 'paused', status: 'Up 1 hour (Paused)', created: hoursAgo(10) }),
];

describe('view trees', () => {
  describe('containers', () => {
    it('group by Compose project, groups first and by name, loose containers at the root', () => {
      const { rows, total, shown } = containerTree(containers, { groupBy: 'composeProject', sortBy: 'name' }, t);
      assert.deepEqual(rows.map((r) => r.label), ['blog', 'shop', 'alpha', 'zeta']);
      assert.equal(total, 5);
      assert.equal(shown, 5);
      const shop = rows[1];
      assert.equal(shop.id, 'compose:shop');
      assert.equal(shop.objectId, undefined, 'a group row is no engine object');
      assert.equal(shop.contextValue, 'composeProject');
      assert.equal(shop.description, '1/2 running');
      assert.equal(shop.expanded, true);
      assert.match(shop.tooltip ?? '', /Services: `db`, `web`/);
      assert.deepEqual(shop.children?.map((r) => [r.label, r.parentId, r.objectId, r.contextValue]), [
        ['shop-db-1', 'compose:shop', containers[1].id, 'container.exited'],
        ['shop-web-1', 'compose:shop', containers[0].id, 'container.running'],
      ]);
    });

    it('show every container at the root when not grouped, newest first when sorted by creation', () => {
      const { rows } = containerTree(containers, { groupBy: 'none', sortBy: 'created' }, t);
      assert.deepEqual(rows.map((r) => r.label), ['zeta', 'shop-db-1', 'shop-web-1', 'blog-app-1', 'alpha']);
      assert.ok(rows.every((r) => r.children === undefined && r.parentId === undefined));
      const grouped = containerTree(containers, { groupBy: 'composeProject', sortBy: 'created' }, t).rows;
      assert.deepEqual(grouped.find((r) => r.label === 'shop')?.children?.map((r) => r.label), ['shop-db-1', 'shop-web-1']);
      assert.deepEqual(grouped.filter((r) => !r.children).map((r) => r.label), ['zeta', 'alpha']);
    });

    it('filter by part of a name, image or state, by label key or key=value, every word matching', () => {
      const labels = (filter: string) => flattenRows(containerTree(containers, { groupBy: 'composeProject', sortBy: 'name', filter }, t).rows).map((r) => r.label);
      assert.deepEqual(labels('WEB'), ['shop', 'shop-web-1']);
      assert.deepEqual(labels('exited'), ['shop', 'shop-db-1']);
      assert.deepEqual(labels('paus'), ['alpha']);
      assert.deepEqual(labels('tier'), ['zeta']);
      assert.deepEqual(labels('tier=front'), ['zeta']);
      assert.deepEqual(labels('tier=back'), []);
      assert.deepEqual(labels('com.docker.compose.project=blog'), ['blog', 'blog-app-1']);
      assert.deepEqual(labels('shop running'), ['shop', 'shop-web-1']);
      assert.deepEqual(labels('busybox').length, 7);
      assert.deepEqual(labels('   '), labels(''));
      const none = containerTree(containers, { groupBy: 'none', sortBy: 'name', filter: 'nothing-like-this' }, t);
      assert.deepEqual([none.rows.length, none.total, none.shown], [0, 5, 0]);
    });

    it('read filters as words and match a value only in full', () => {
      assert.deepEqual(parseFilter('  web   tier=front '), ['web', 'tier=front']);
      assert.deepEqual(parseFilter(undefined), []);
      assert.equal(containerMatches(container('x', { labels: { a: 'b=c' } }), ['a=b=c']), true);
      assert.equal(containerMatches(container('x', { labels: { a: 'bc' } }), ['a=b']), false);
    });
  });

  describe('images', () => {
    const base: ImageRecord = {
      id: 'sha256:' + 'a'.repeat(64),
      tags: ['berth/busybox:latest', 'berth/busybox:1.36', 'localhost:5000/tools:dev'],
      references: [
        { repository: 'berth/busybox', tag: 'latest' },
        { repository: 'berth/busybox', tag: '1.36' },
        { repository: 'localhost:5000/tools', tag: 'dev' },
      ],
      size: 4_300_000,
      created: hoursAgo(26),
      labels: { maintainer: 'me' },
    };
    const dangling: ImageRecord = { id: 'sha256:' + 'b'.repeat(64), tags: [], size: 999, created: hoursAgo(0.1) };
    const noRefs: ImageRecord = { id: 'sha256:' + 'c'.repeat(64), tags: ['app:2'], size: 1_000, created: hoursAgo(24 * 400) };

    it('group tags by repository, an image under each of its names, dangling images as <none> at the root', () => {
      const { rows, total, shown } = imageTree([dangling, base, noRefs], {}, t, now);
      assert.deepEqual(rows.map((r) => [r.label, r.contextValue]), [
        ['app', 'imageRepository'],
        ['berth/busybox', 'imageRepository'],
        ['localhost:5000/tools', 'imageRepository'],
        ['<none>', 'image.dangling'],
      ]);
      assert.deepEqual([total, shown], [3, 3]);
      const busybox = rows[1];
      assert.equal(busybox.description, '2 tags');
      assert.match(busybox.tooltip ?? '', /Tags: `1\.36`, `latest`/);
      assert.equal(busybox.objectId, undefined);
      assert.deepEqual(busybox.children?.map((r) => [r.label, r.id, r.objectId, r.imageRef, r.contextValue, r.parentId]), [
        ['1.36', `${base.id}#berth/busybox:1.36`, base.id, 'berth/busybox:1.36', 'image.tagged', 'repository:berth/busybox'],
        ['latest', `${base.id}#berth/busybox:latest`, base.id, 'berth/busybox:latest', 'image.tagged', 'repository:berth/busybox'],
      ]);
      assert.equal(busybox.children?.[0].description, '4.3 MB · 26 hours ago');
      assert.equal(rows[0].children?.[0].imageRef, 'app:2', 'split from tags when the record has no references');
      assert.equal(rows[0].children?.[0].description, '1.0 KB · 13 months ago');
      assert.equal(rows[3].description, 'bbbbbbbbbbbb · 999 B · 6 minutes ago');
      const ids = flattenRows(rows).map((r) => r.id);
      assert.equal(new Set(ids).size, ids.length, 'row ids are unique');
    });

    it('filter by name, tag, label or dangling', () => {
      const labels = (filter: string) => flattenRows(imageTree([dangling, base, noRefs], { filter }, t, now).rows).map((r) => r.imageRef ?? r.label);
      assert.deepEqual(labels('1.36'), ['berth/busybox', 'berth/busybox:1.36']);
      assert.deepEqual(labels('maintainer=me'), ['berth/busybox', 'berth/busybox:1.36', 'berth/busybox:latest', 'localhost:5000/tools', 'localhost:5000/tools:dev']);
      assert.deepEqual(labels('dangling'), ['<none>']);
      const none = imageTree([dangling, base], { filter: 'zzz' }, t, now);
      assert.deepEqual([none.rows.length, none.total, none.shown], [0, 2, 0]);
    });
  });

  describe('volumes and networks', () => {
    const web = container('web');
    const db = container('db', { state: 'exited', status: 'Exited (1) 2 hours ago' });

    it('show the containers that use a volume as children acting on the container', () => {
      const volumes: VolumeRecord[] = [
        { name: 'data', driver: 'local', mountpoint: '/var/lib/docker/volumes/data/_data', containers: [web.id, db.id] },
        { name: 'empty', driver: 'local', mountpoint: '/x' },
      ];
      const { rows } = volumeTree(volumes, [web, db], t);
      assert.equal(rows[0].description, 'local · used by 2');
      assert.equal(rows[0].expanded, false);
      assert.match(rows[0].tooltip ?? '', /Used by: `db`, `web`/);
      assert.match(rows[0].tooltip ?? '', /Mountpoint: `\/var\/lib\/docker\/volumes\/data\/_data`/);
      assert.deepEqual(rows[0].children?.map((r) => [r.id, r.objectId, r.label, r.contextValue, r.parentId]), [
        [`data/${db.id}`, db.id, 'db', 'container.exited', 'data'],
        [`data/${web.id}`, web.id, 'web', 'container.running', 'data'],
      ]);
      assert.equal(rows[1].children, undefined, 'an unused volume does not open');
      assert.equal(rows[1].description, 'local');
      assert.match(rows[1].tooltip ?? '', /Not used by any container/);
    });

    it('show driver, scope and subnet of a network and its attached containers', () => {
      const networks: NetworkRecord[] = [{ id: 'n'.repeat(64), name: 'shop_default', driver: 'bridge', scope: 'local', subnets: ['172.18.0.0/16'], gateways: ['172.18.0.1'], containers: [web.id] }];
      const { rows } = networkTree(networks, [web, db], t);
      assert.equal(rows[0].description, 'bridge · local · 172.18.0.0/16');
      assert.match(rows[0].tooltip ?? '', /Subnet: `172\.18\.0\.0\/16`/);
      assert.match(rows[0].tooltip ?? '', /Containers: `web`/);
      assert.deepEqual(rows[0].children?.map((r) => [r.id, r.objectId, r.contextValue]), [[`${'n'.repeat(64)}/${web.id}`, web.id, 'container.running']]);
    });

    it('say a volume size as docker does, or that it is unknown', () => {
      assert.equal(volumeSizeLine(4_300_000, t), 'Size: 4.3 MB');
      assert.equal(volumeSizeLine(-1, t), 'Size: unknown');
      assert.equal(volumeSizeLine(undefined, t), 'Size: unknown');
    });
  });

  it('flatten depth-first: a group, then its children', () => {
    const { rows } = containerTree(containers, { groupBy: 'composeProject', sortBy: 'name' }, t);
    assert.deepEqual(flattenRows(rows).map((r) => r.label), ['blog', 'blog-app-1', 'shop', 'shop-db-1', 'shop-web-1', 'alpha', 'zeta']);
  });

  it('keep odd names intact in labels and harmless in tooltips', () => {
    const odd = composed('web_*bold*_[link](x)', '项目`一`', '服务', { image: 'img<script>' });
    const long = container('x'.repeat(300));
    const { rows } = containerTree([odd, long], { groupBy: 'composeProject', sortBy: 'name' }, t);
    assert.equal(rows[0].label, '项目`一`');
    assert.match(rows[0].tooltip ?? '', /Compose project: `项目'一'`/);
    const child = rows[0].children?.[0];
    assert.equal(child?.label, 'web_*bold*_[link](x)');
    assert.match(child?.tooltip ?? '', /\*\*`web_\*bold\*_\[link\]\(x\)`\*\*/);
    assert.match(child?.tooltip ?? '', /Image: `img<script>`/);
    assert.equal(rows[1].label.length, 300);
  });

  it('name an image that lost its name by its short id in a container row', () => {
    const { rows } = containerTree([container('orphan', { image: 'sha256:' + 'f'.repeat(64) })], { groupBy: 'none', sortBy: 'name' }, t);
    assert.equal(rows[0].description, 'ffffffffffff · Up 5 minutes');
  });

  it('say ages the way docker ps does', () => {
    assert.equal(formatAge(new Date(now.getTime() - 30_000), now, t), 'less than a minute ago');
    assert.equal(formatAge(new Date(now.getTime() - 90_000), now, t), 'a minute ago');
    assert.equal(formatAge(hoursAgo(0.5), now, t), '30 minutes ago');
    assert.equal(formatAge(hoursAgo(1.5), now, t), 'an hour ago');
    assert.equal(formatAge(hoursAgo(47), now, t), '47 hours ago');
    assert.equal(formatAge(hoursAgo(24 * 5), now, t), '5 days ago');
    assert.equal(formatAge(hoursAgo(24 * 21), now, t), '3 weeks ago');
    assert.equal(formatAge(hoursAgo(24 * 200), now, t), '6 months ago');
    assert.equal(formatAge(hoursAgo(24 * 800), now, t), '2 years ago');
    assert.equal(formatAge(new Date(now.getTime() + 5000), now, t), 'less than a minute ago', 'clock skew is not negative');
  });
});
