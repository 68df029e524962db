// Synthetic multi-stage Dockerfiles of a given number of lines, the same for every server.
export function syntheticDockerfile(lines) {
  const out = ['# syntax=docker/dockerfile:1', 'ARG BASE=debian:bookworm-slim', ''];
  let stage = 0;
  while (out.length < lines) {
    const name = `stage${stage}`;
    out.push(
      stage === 0 ? 'FROM ${BASE} AS stage0' : `FROM stage${stage - 1} AS ${name}`,
      'ARG VERSION=1.0',
      `ENV APP_HOME=/opt/app${stage} PATH=/opt/app${stage}/bin:$PATH`,
      'WORKDIR $APP_HOME',
      'RUN apt-get update \\',
      '    && apt-get install -y --no-install-recommends curl ca-certificates \\',
      '    && rm -rf /var/lib/apt/lists/*',
      `COPY --chown=1000:1000 ./src/${stage} ./src`,
      'RUN --mount=type=cache,target=/root/.cache \\',
      '    make build VERSION=${VERSION}',
      'COPY <<EOF /etc/app.conf',
      `name = ${name}`,
      'EOF',
      `LABEL org.opencontainers.image.title="${name}" stage.index="${stage}"`,
      'EXPOSE 8080/tcp',
      'USER 1000',
      `CMD ["/opt/app${stage}/bin/app", "--serve"]`,
      '',
    );
    stage++;
  }
  return out.slice(0, lines).join('\n') + '\n';
}
