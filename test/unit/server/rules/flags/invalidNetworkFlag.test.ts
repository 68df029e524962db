import assert from 'node:assert/strict';
import { applyFirstFix, findingsOf } from '../helpers';

describe('rule InvalidNetworkFlag', () => {
  it('reports an unknown network mode on its value, with a fix', () => {
    const text = 'FROM alpine\nRUN --network=hots curl x\n';
    assert.deepEqual(findingsOf('InvalidNetworkFlag', text), [
      ['error', '1:14-1:18', "'hots' is not a network mode for RUN --network: use one of default, none, host. Did you mean 'host'?"],
    ]);
    assert.equal(applyFirstFix('InvalidNetworkFlag', text), 'FROM alpine\nRUN --network=host curl x\n');
  });

  it('compares as written: upper case, empty values and variables fail in BuildKit', () => {
    const text = 'FROM alpine\nRUN --network=NONE x\nRUN --network= x\nRUN --network=$NET x\nRUN --network=bridge x\n';
    assert.deepEqual(findingsOf('InvalidNetworkFlag', text), [
      ['error', '1:14-1:18', "'NONE' is not a network mode for RUN --network: use one of default, none, host. Did you mean 'none'?"],
      ['error', '2:4-2:14', "'' is not a network mode for RUN --network: use one of default, none, host."],
      ['error', '3:14-3:18', "'$NET' is not a network mode for RUN --network: use one of default, none, host."],
      ['error', '4:14-4:20', "'bridge' is not a network mode for RUN --network: use one of default, none, host."],
    ]);
  });

  it('accepts default, none and host', () => {
    assert.deepEqual(findingsOf('InvalidNetworkFlag', 'FROM alpine\nRUN --network=default a\nRUN --network=none a\nONBUILD RUN --network=host a\n'), []);
  });
});
