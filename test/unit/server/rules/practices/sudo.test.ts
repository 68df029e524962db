import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'Sudo';
const MESSAGE = "Avoid sudo in RUN: commands already run as root unless USER changed it. Use 'USER root' before the commands that need it and switch back after.";

describe('rule Sudo', () => {
  it('reports each sudo that runs a command, on the word', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN sudo apt-get update && FOO=1 sudo -E make install\n'), [
      ['info', '1:4-1:8', MESSAGE],
      ['info', '1:33-1:37', MESSAGE],
    ]);
  });

  it('accepts sudo as an argument, in quotes and in exec form', () => {
    const text = 'FROM debian:12\nRUN apt-get install -y sudo\nRUN echo "sudo make"\nRUN ["sudo", "ls"]\n';
    assert.deepEqual(findingsOf(ID, text), []);
  });

  it('finds sudo spelt with quotes or escapes', () => {
    assert.deepEqual(findingsOf(ID, 'FROM debian:12\nRUN s\\udo make\nRUN "su"do make\n'), [
      ['info', '1:4-1:9', MESSAGE],
      ['info', '2:4-2:10', MESSAGE],
    ]);
  });
});
