import assert from 'node:assert/strict';
import { referenceProblem, sanitizeImageName } from '../../../../client/src/engine/build/reference';

describe('image references for a build', () => {
  it('accepts what Docker accepts', () => {
    for (const ok of ['web', 'web:latest', 'my-app_2:v1.0-rc.1', 'org/team/web:Tag_1', 'localhost:5000/web:1', 'registry.example.com/a/b', 'a__b', 'a---b', '[::1]:5000/web']) {
      assert.equal(referenceProblem(ok), undefined, ok);
    }
  });

  it('says why a reference cannot tag an image', () => {
    assert.equal(referenceProblem(''), 'empty');
    assert.equal(referenceProblem('My/App'), 'uppercase');
    assert.equal(referenceProblem('web app'), 'whitespace');
    assert.equal(referenceProblem('web@sha256:abc'), 'digest');
    assert.equal(referenceProblem('web:-x'), 'invalidTag');
    assert.equal(referenceProblem(`web:${'x'.repeat(129)}`), 'invalidTag');
    assert.equal(referenceProblem('web:'), 'invalidTag');
    assert.equal(referenceProblem('-web'), 'invalidName');
    assert.equal(referenceProblem('we..b'), 'invalidName');
    assert.equal(referenceProblem('a//b'), 'invalidName');
    assert.equal(referenceProblem('bad_host:5000x/web'), 'invalidName');
    assert.equal(sanitizeImageName('Crème Brûlée'), 'creme-brulee');
    assert.equal(referenceProblem(`${'a'.repeat(256)}`), 'tooLong');
  });

  it('makes a valid name from a folder name', () => {
    assert.equal(sanitizeImageName('My App'), 'my-app');
    assert.equal(sanitizeImageName('web_server.v2'), 'web_server.v2');
    assert.equal(sanitizeImageName('--Weird!!Name--'), 'weird-name');
    assert.equal(sanitizeImageName('a._b'), 'a-b');
    assert.equal(sanitizeImageName('服务'), 'image');
    assert.equal(sanitizeImageName('Café'), 'cafe');
    assert.equal(sanitizeImageName(''), 'image');
    for (const name of ['My App', '..x..', 'A B C', '__init__', 'x'.repeat(300)]) assert.equal(referenceProblem(sanitizeImageName(name)), undefined, name);
  });
});
