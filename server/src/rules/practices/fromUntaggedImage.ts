import { Finding, NOTHING_FOUND, Rule } from '../rule';
import { copyRange } from './shell';

/** FROM an image without a tag or digest, or with `:latest`: the build changes when the image does. */
export const fromUntaggedImage: Rule = {
  id: 'FromUntaggedImage',
  kind: 'practice',
  defaultSeverity: 'info',
  description: {
    en: 'FROM names an image without a version tag or digest, or with latest.',
    zh: 'FROM 指定的镜像没有版本标签或摘要，或者用的是 latest。',
  },
  messages: {
    untagged: {
      en: "The image '{0}' has no tag, so it means '{0}:latest', whatever that is on the day of the build. Pin a version tag or a digest.",
      zh: '镜像“{0}”没有标签，等同于“{0}:latest”，每次构建拿到的可能都不一样。请固定版本标签或摘要。',
    },
    latest: {
      en: "'{0}' is whatever the latest image is on the day of the build. Pin a version tag or a digest.",
      zh: '“{0}”指向构建当天的最新镜像，每次构建拿到的可能都不一样。请固定版本标签或摘要。',
    },
  },
  fromsOnly: true,
  check({ model }) {
    let findings: Finding[] | undefined;
    const { stages } = model;
    // An index loop: this runs over every stage.
    for (let n = 0; n < stages.length; n++) {
      const stage = stages[n];
      const image = stage.base;
      if (!stage.baseRange || image === '' || image.includes('$') || (image.length === 7 && image.toLowerCase() === 'scratch')) continue;
      const earlier = model.findStage(image);
      if (earlier && earlier.index < stage.index && !/^\d+$/.test(image)) continue;
      if (image.includes('@')) continue;
      const lastName = image.slice(image.lastIndexOf('/') + 1);
      const colon = lastName.indexOf(':');
      if (colon < 0) (findings ??= []).push({ range: copyRange(stage.baseRange), message: 'untagged', args: [image] });
      else if (lastName.slice(colon + 1) === 'latest') (findings ??= []).push({ range: copyRange(stage.baseRange), message: 'latest', args: [image] });
    }
    return findings ?? NOTHING_FOUND;
  },
};
