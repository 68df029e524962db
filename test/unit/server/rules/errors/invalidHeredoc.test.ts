import assert from 'node:assert/strict';
import { findingsOf } from '../helpers';

const ID = 'InvalidHeredoc';

describe('rule InvalidHeredoc', () => {
  it('reports a heredoc whose terminator never comes, on its marker', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN <<EOF cat\necho hi\neof\n'), [
      ['error', '1:4-1:9', "The heredoc '<<EOF' is never terminated: add a line that is exactly 'EOF'."],
    ]);
  });

  it('finds the right marker among several, quoted and tab-stripping ones included', () => {
    const text = 'FROM alpine:3.20\nCOPY <<-"A" <<B /dst/\n\ta\n\tA\nb\n';
    assert.deepEqual(findingsOf(ID, text), [['error', '1:12-1:15', "The heredoc '<<B' is never terminated: add a line that is exactly 'B'."]]);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nONBUILD RUN <<X\nx\n'), [['error', '1:12-1:15', "The heredoc '<<X' is never terminated: add a line that is exactly 'X'."]]);
  });

  it('reports a heredoc as the destination of COPY or ADD', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCOPY a <<EOF\nx\nEOF\n'), [['error', '1:7-1:12', 'COPY cannot take a heredoc as its destination.']]);
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nCOPY ["a", "<<EOF"]\n'), [['error', '1:11-1:18', 'COPY cannot take a heredoc as its destination.']]);
  });

  it('speaks Simplified Chinese', () => {
    assert.deepEqual(findingsOf(ID, 'FROM alpine:3.20\nRUN <<EOF\n', { locale: 'zh-cn' }), [['error', '1:4-1:9', 'heredoc“<<EOF”没有结束：请添加一行内容恰好为“EOF”的结束标记。']]);
  });

  it('accepts terminated heredocs and text that only looks like one', () => {
    const text = [
      'FROM alpine:3.20',
      'RUN <<EOF',
      'echo hi',
      'EOF',
      'COPY <<-EOT /etc/motd',
      '\thello',
      '\tEOT',
      'RUN echo "<<NOT" && cat <<<here',
      'RUN ["sh", "-c", "cat <<EOF"]',
      '',
    ].join('\n');
    assert.deepEqual(findingsOf(ID, text), []);
  });
});
