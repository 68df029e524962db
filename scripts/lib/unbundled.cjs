// Stands in, inside the client bundle, for dockerode dependencies Berth never calls: ssh2 (the
// ssh transport; Berth's ssh support runs the system's ssh with `docker system dial-stdio`, see
// client/src/engine/ssh.ts) and gRPC with
// protobuf (BuildKit sessions). They are required when dockerode loads, so they must resolve;
// using one throws, which would show at once in a test.
'use strict';
function unbundled(path) {
  // A plain function (not an arrow), so that `new` reaches the construct trap.
  const fail = function () {
    throw new Error(`${path.join('.')} is not bundled with Berth`);
  };
  return new Proxy(fail, {
    get: (_target, property) => (property === '__esModule' ? false : unbundled([...path, String(property)])),
    apply: fail,
    construct: fail,
  });
}
module.exports = unbundled(['dockerode optional dependency']);
