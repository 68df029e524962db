import assert from 'node:assert/strict';
import { applyFirstFix, diagnose, findingsOf } from '../helpers';
import { csvFields } from '../../../../../server/src/rules/flags/invalidMountFlag';

const run = (mount: string) => `FROM alpine\nRUN --mount=${mount} make\n`;
// Where the mount value starts on line 1.
const AT = 'RUN --mount='.length;
const span = (start: number, end: number) => `1:${AT + start}-1:${AT + end}`;

describe('rule InvalidMountFlag', () => {
  it('reports an unknown type on the value, with a fix', () => {
    const text = run('type=cahce,target=/c');
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', span(5, 10), "'cahce' is not a mount type: use bind, cache, tmpfs, secret or ssh. Did you mean 'cache'?"],
    ]);
    assert.equal(applyFirstFix('InvalidMountFlag', text), run('type=cache,target=/c'));
  });

  it('reports an unknown key on the key, with a fix', () => {
    const text = run('type=cache,taget=/c');
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [['error', span(11, 16), "'taget' is not a --mount option. Did you mean 'target'?"]]);
    assert.equal(applyFirstFix('InvalidMountFlag', text), run('type=cache,target=/c'));
  });

  it('reports fields without a value and bad values', () => {
    const text = run('type=cache,target=/c,sharing=exclusive,mode=0999,uid=me,ro=yes,cache');
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', span(29, 38), "'exclusive' is not a sharing mode: use shared, private or locked."],
      ['error', span(44, 48), "'0999' is not an octal file mode, such as 0755."],
      ['error', span(53, 55), "'me' is not a valid uid: write a whole number."],
      ['error', span(59, 62), "'yes' is not a boolean for ro: use true or false."],
      ['error', span(63, 68), "'cache' must be a key=value pair."],
    ]);
  });

  it('reports keys the mount type does not allow, and options read before their type', () => {
    const text = `FROM alpine\nRUN --mount=type=bind,target=/a,uid=1,sharing=locked x\nRUN --mount=size=1g,type=tmpfs,target=/t x\nRUN --mount=type=cache,target=/c,required x\n`;
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', '1:32-1:35', "'uid' is not allowed for bind mounts."],
      ['error', '1:12-1:52', "'sharing' is only for cache mounts, not bind mounts."],
      ['error', '2:12-2:16', "'size' is read before type=tmpfs: BuildKit reads the options in order, so put type first."],
      ['error', '3:33-3:41', "'required' is not allowed for cache mounts."],
    ]);
  });

  it('checks secret mounts', () => {
    const text = `FROM alpine\nRUN --mount=type=secret,required x\nRUN --mount=type=secret,id=a,source=b,from=c x\n`;
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', '1:12-1:32', 'A secret mount needs an id, a source or a target.'],
      ['error', '2:12-2:44', "A secret mount cannot have 'from'."],
      ['error', '2:12-2:44', "A secret mount cannot set both 'source' and 'id'."],
    ]);
  });

  it('reports variables in from, an empty value, and unreadable CSV', () => {
    const text = `FROM alpine\nRUN --mount=from=$STAGE,target=/a x\nRUN --mount= x\nRUN --mount='a"b' x\n`;
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', '1:17-1:23', "'from' cannot use variables: define a stage with FROM ... AS <name> and use its name."],
      ['error', '2:4-2:12', '--mount needs options, such as type=cache,target=/root/.cache.'],
      ['error', '3:12-3:17', `'a"b' cannot be read as comma-separated key=value fields (check the double quotes).`],
    ]);
  });

  it('falls back to the whole value when the value is quoted or continued', () => {
    const text = 'FROM alpine\nRUN --mount="type=cache,target=/a b,sharing=no" x\nRUN --mount=type=cache,\\\ntaget=/c x\nRUN --mount=type=cache,target=/a,, x\n';
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', '1:12-1:47', "'no' is not a sharing mode: use shared, private or locked."],
      ['error', '2:12-3:8', "'taget' is not a --mount option. Did you mean 'target'?"],
      ['error', '4:32-4:33', 'An empty --mount field: remove the stray comma.'],
      ['error', '4:33-4:34', 'An empty --mount field: remove the stray comma.'],
    ]);
  });

  it('checks the RUN that ONBUILD carries, flags after a continuation, and every mount of a RUN', () => {
    const text = 'FROM alpine\nONBUILD RUN --mount=type=cahce,target=/c x\nRUN \\\n  --mount=type=cache,taget=/c x\nRUN --mount=type=cache,target=/c --mount=type=bind,sharing=locked x\n';
    assert.deepEqual(findingsOf('InvalidMountFlag', text), [
      ['error', '1:25-1:30', "'cahce' is not a mount type: use bind, cache, tmpfs, secret or ssh. Did you mean 'cache'?"],
      ['error', '3:21-3:26', "'taget' is not a --mount option. Did you mean 'target'?"],
      ['error', '4:41-4:65', "'sharing' is only for cache mounts, not bind mounts."],
    ]);
  });

  it('accepts the mounts BuildKit documents, in any key case, and variables', () => {
    const text = [
      'FROM alpine',
      'RUN --mount=type=cache,target=/root/.cache/pip,sharing=locked,id=pip,mode=0755,uid=1000,gid=1000 x',
      'RUN --mount=target=/src,source=.,from=build,rw x',
      'RUN --mount=type=bind,dst=/a,src=b,readonly=true,ro x',
      'RUN --mount=type=tmpfs,target=/tmp,size=512m x',
      'RUN --mount=type=secret,id=npmrc,target=/root/.npmrc,required=true,mode=0400 x',
      'RUN --mount=type=secret,id=aws,env=AWS_KEY x',
      'RUN --mount=type=secret,env=TOKEN x',
      'RUN --mount=type=ssh,required x',
      'RUN --mount=type=ssh,id=default,target=/ssh,uid=1 x',
      'RUN --mount=TYPE=Cache,Target=/c,SHARING=Shared x',
      'RUN --mount=type=$T,size=1g,target=/t x',
      'RUN --mount=type=cache,target=$HOME/.cache,sharing=$S,mode=$M x',
      'RUN --mount=type=bind,from=stage$,target=/x x',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf('InvalidMountFlag', text), []);
  });

  it('speaks Simplified Chinese to a zh-cn client', () => {
    const [diagnostic] = diagnose(run('type=tmpfs,target=/t,size=lots'), { locale: 'zh-cn' }).filter((d) => d.code === 'InvalidMountFlag');
    assert.equal(diagnostic.message, '“lots”不是有效的大小，应写成数字加可选单位，例如 512m 或 1g。');
  });

  it('reads CSV as Go does', () => {
    assert.deepEqual(csvFields('a,"b,c",d')?.map((f) => f.text), ['a', 'b,c', 'd']);
    assert.deepEqual(csvFields('"a""b"')?.map((f) => f.text), ['a"b']);
    assert.deepEqual(csvFields('a,')?.map((f) => f.text), ['a', '']);
    assert.equal(csvFields('a"b'), undefined);
    assert.equal(csvFields('"ab'), undefined);
    assert.equal(csvFields('"a"b'), undefined);
  });
});
