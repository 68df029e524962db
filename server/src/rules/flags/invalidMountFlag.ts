import { Flag, Instruction, Range } from '../../parser/syntax';
import { Rule } from '../rule';
import { checkWithInner, Found, hasVariable, valueSubRange } from './flagSpecs';
import { closest } from '../suggest';

const MOUNT_TYPES = ['bind', 'cache', 'tmpfs', 'secret', 'ssh'];
const SHARING = ['shared', 'private', 'locked'];
const KEYS = [
  'type', 'from', 'source', 'src', 'target', 'dst', 'destination', 'readonly', 'ro', 'readwrite', 'rw', 'id', 'sharing',
  'required', 'size', 'mode', 'uid', 'gid', 'env',
];
const KNOWN_KEYS = new Set(KEYS);
const BARE_KEYS = new Set(['readonly', 'ro', 'readwrite', 'rw', 'required']);
// Go's strconv.ParseBool.
const GO_BOOL = new Set(['1', 't', 'T', 'TRUE', 'true', 'True', '0', 'f', 'F', 'FALSE', 'false', 'False']);
// docker/go-units RAMInBytes: a number, an optional space, an optional k/m/g/t/p with optional i and b.
const SIZE = /^(?:\d+(?:\.\d*)*|\.\d+) ?[kKmMgGtTpP]?[iI]?[bB]?$/;
const OCTAL = /^[0-7]+$/;
const DECIMAL = /^\d+$/;
const UINT32_MAX = 4294967295;
// Most mounts are written like `type=cache,target=/root/.cache`: a known type first, then keys
// that any of these types allows and whose values are not checked, no quotes, no variables.
// Such a mount has nothing to report, and one test spares reading its fields.
const PLAIN_MOUNT = /^type=(?:bind|cache|tmpfs)(?:,(?:target|dst|destination|source|src|id|from)=[^,"$]*)*$/;

/** Which keys need which mount type, as BuildKit checks them when it reads each key in order. */
const KEY_TYPES: Record<string, readonly string[]> = { required: ['secret', 'ssh'], size: ['tmpfs'] };
/** Keys BuildKit checks against the final type. */
const FILE_INFO_KEYS = new Set(['mode', 'uid', 'gid']);
const FILE_INFO_TYPES = new Set(['secret', 'ssh', 'cache']);

interface Field {
  /** The field as CSV reads it (quotes removed). */
  text: string;
  start: number;
  end: number;
  quoted: boolean;
}

/**
 * `RUN --mount=...` as BuildKit reads it (instructions/commands_runmount.go): comma-separated
 * key=value fields, a known type, keys that type allows, and values of the right shape.
 */
export const invalidMountFlag: Rule = {
  id: 'InvalidMountFlag',
  kind: 'error',
  defaultSeverity: 'error',
  description: { en: 'A RUN --mount option is unknown, not allowed for the mount type, or has an invalid value.', zh: 'RUN --mount 的选项未知、不适用于该挂载类型，或取值无效。' },
  messages: {
    empty: { en: '--mount needs options, such as type=cache,target=/root/.cache.', zh: '--mount 需要选项，例如 type=cache,target=/root/.cache。' },
    csv: { en: "'{0}' cannot be read as comma-separated key=value fields (check the double quotes).", zh: '“{0}”无法解析为以逗号分隔的 key=value 字段（请检查双引号）。' },
    emptyField: { en: 'An empty --mount field: remove the stray comma.', zh: '--mount 中有空字段：请删除多余的逗号。' },
    notPair: { en: "'{0}' must be a key=value pair.", zh: '“{0}”必须是 key=value 形式。' },
    fromVariable: { en: "'from' cannot use variables: define a stage with FROM ... AS <name> and use its name.", zh: '“from”不支持变量：请用 FROM ... AS <名称> 定义一个阶段，并使用该阶段名称。' },
    type: { en: "'{0}' is not a mount type: use bind, cache, tmpfs, secret or ssh.", zh: '“{0}”不是有效的挂载类型，请使用 bind、cache、tmpfs、secret 或 ssh。' },
    typeSuggestion: { en: "'{0}' is not a mount type: use bind, cache, tmpfs, secret or ssh. Did you mean '{1}'?", zh: '“{0}”不是有效的挂载类型，请使用 bind、cache、tmpfs、secret 或 ssh。您是想用“{1}”吗？' },
    key: { en: "'{0}' is not a --mount option.", zh: '“{0}”不是 --mount 的选项。' },
    keySuggestion: { en: "'{0}' is not a --mount option. Did you mean '{1}'?", zh: '“{0}”不是 --mount 的选项。您是想用“{1}”吗？' },
    keyForType: { en: "'{0}' is not allowed for {1} mounts.", zh: '“{0}”不适用于 {1} 类型的挂载。' },
    typeFirst: { en: "'{0}' is read before type={1}: BuildKit reads the options in order, so put type first.", zh: 'BuildKit 按顺序读取选项，“{0}”出现在 type={1} 之前，会被当作其他类型处理，请把 type 放在最前面。' },
    boolean: { en: "'{1}' is not a boolean for {0}: use true or false.", zh: '“{1}”不是 {0} 的有效布尔值，请使用 true 或 false。' },
    size: { en: "'{0}' is not a size: write a number with an optional unit, such as 512m or 1g.", zh: '“{0}”不是有效的大小，应写成数字加可选单位，例如 512m 或 1g。' },
    sharing: { en: "'{0}' is not a sharing mode: use shared, private or locked.", zh: '“{0}”不是有效的共享模式，请使用 shared、private 或 locked。' },
    mode: { en: "'{0}' is not an octal file mode, such as 0755.", zh: '“{0}”不是八进制的文件权限，例如 0755。' },
    id: { en: "'{1}' is not a valid {0}: write a whole number.", zh: '“{1}”不是有效的 {0}，应写成非负整数。' },
    secretFrom: { en: "A secret mount cannot have 'from'.", zh: 'secret 挂载不能设置“from”。' },
    secretSharing: { en: "A secret mount cannot set 'sharing'.", zh: 'secret 挂载不能设置“sharing”。' },
    secretTarget: { en: 'A secret mount needs an id, a source or a target.', zh: 'secret 挂载需要设置 id、source 或 target 之一。' },
    secretSourceAndId: { en: "A secret mount cannot set both 'source' and 'id'.", zh: 'secret 挂载不能同时设置“source”和“id”。' },
    sharingNotCache: { en: "'sharing' is only for cache mounts, not {0} mounts.", zh: '“sharing”只适用于 cache 类型的挂载，不适用于 {0} 类型。' },
    replace: { en: "Change to '{0}'", zh: '改为“{0}”' },
  },
  appliesTo: ['RUN'],
  checkInstruction(target) {
    return checkWithInner(target, checkMounts);
  },
};

function checkMounts(instruction: Instruction, findings: Found): Found {
  if (instruction.name !== 'RUN') return findings;
  const flags = instruction.flags;
  // An index loop: in cold code, for...of allocates an iterator result per step.
  for (let i = 0; i < flags.length; i++) {
    const flag = flags[i];
    if (flag.name === 'mount' && flag.value !== undefined) findings = checkMount(flag, findings);
  }
  return findings;
}

/** Ranges are worked out only for a finding. */
function checkMount(flag: Flag, findings: Found): Found {
  const value = flag.value ?? '';
  if (PLAIN_MOUNT.test(value)) return findings;
  if (value === '') {
    (findings ??= []).push({ range: flag.range, message: 'empty' });
    return findings;
  }
  const fields = csvFields(value);
  if (!fields) {
    (findings ??= []).push({ range: wholeValueOf(flag), message: 'csv', args: [value] });
    return findings;
  }

  // The type each field is read under (BuildKit applies `type=` as it meets it), and the last one.
  let type: string | undefined = 'bind';
  let finalType: string | undefined = 'bind';
  for (let i = 0; i < fields.length; i++) {
    const text = fields[i].text;
    if (!isTypeField(text)) continue;
    const val = text.slice(TYPE_KEY.length);
    finalType = hasVariable(val) ? undefined : val.toLowerCase();
  }

  // Whether each key BuildKit checks once all fields are read is set: 'yes', or 'maybe' (a variable).
  let setFrom: Setting;
  let setSharing: Setting;
  let setSource: Setting;
  let setTarget: Setting;
  let setId: Setting;
  let fileInfoKeys: Field[] | undefined;
  for (let i = 0; i < fields.length; i++) {
    const field = fields[i];
    const key = keyOf(field.text);
    const val = valueOf(field.text);

    if (val === undefined) {
      if (field.text === '') {
        (findings ??= []).push({ range: field.end > 0 ? valueSubRange(flag, field.start - 1, field.end) : keyRangeOf(flag, field), message: 'emptyField' });
      } else if (!BARE_KEYS.has(key)) (findings ??= []).push({ range: keyRangeOf(flag, field), message: 'notPair', args: [field.text] });
      else findings = checkKeyForType(key, type, finalType, flag, field, findings);
      continue;
    }
    if (!KNOWN_KEYS.has(key)) {
      const suggestion = closest(key, KEYS);
      const keyRange = keyRangeOf(flag, field);
      (findings ??= []).push(
        suggestion
          ? {
              range: keyRange,
              message: 'keySuggestion',
              args: [key, suggestion],
              fixes: field.quoted ? [] : [{ title: 'replace', args: [suggestion], edits: [{ range: keyRange, newText: suggestion }] }],
            }
          : { range: keyRange, message: 'key', args: [key] },
      );
      continue;
    }
    if (key === 'from' && /\$./.test(val)) {
      (findings ??= []).push({ range: valueRangeOf(flag, field), message: 'fromVariable' });
      continue;
    }
    findings = checkKeyForType(key, type, finalType, flag, field, findings);
    if (FILE_INFO_KEYS.has(key)) (fileInfoKeys ??= []).push(field);
    const variable = hasVariable(val);
    if (val !== '') {
      const setting = variable ? 'maybe' : 'yes';
      switch (canonicalKey(key)) {
        case 'from': setFrom = setting; break;
        case 'sharing': setSharing = setting; break;
        case 'source': setSource = setting; break;
        case 'target': setTarget = setting; break;
        case 'id': setId = setting; break;
      }
    }
    if (key === 'type') type = variable ? undefined : val.toLowerCase();
    if (variable) continue;

    const problem = valueProblem(key, val);
    if (!problem) continue;
    const valueRange = valueRangeOf(flag, field);
    if (problem === 'type') {
      const suggestion = closest(val.toLowerCase(), MOUNT_TYPES);
      (findings ??= []).push(
        suggestion
          ? {
              range: valueRange,
              message: 'typeSuggestion',
              args: [val, suggestion],
              fixes: field.quoted ? [] : [{ title: 'replace', args: [suggestion], edits: [{ range: valueRange, newText: suggestion }] }],
            }
          : { range: valueRange, message: 'type', args: [val] },
      );
    } else if (problem === 'boolean' || problem === 'id') (findings ??= []).push({ range: valueRange, message: problem, args: [key, val] });
    else (findings ??= []).push({ range: valueRange, message: problem, args: [val] });
  }

  // What BuildKit checks once all the fields are read.
  if (finalType === undefined || !MOUNT_TYPES.includes(finalType)) return findings;
  if (fileInfoKeys && !FILE_INFO_TYPES.has(finalType)) {
    for (const field of fileInfoKeys) {
      const key = keyOf(field.text);
      const range = field.quoted ? valueSubRange(flag, field.start, field.end) : valueSubRange(flag, field.start, field.start + key.length);
      (findings ??= []).push({ range, message: 'keyForType', args: [key, finalType] });
    }
  }
  if (finalType === 'secret') {
    if (setFrom === 'yes') (findings ??= []).push({ range: wholeValueOf(flag), message: 'secretFrom' });
    if (setSharing === 'yes') (findings ??= []).push({ range: wholeValueOf(flag), message: 'secretSharing' });
    if (!setSource && !setTarget && !setId && !fields.some((f) => keyOf(f.text) === 'env')) (findings ??= []).push({ range: wholeValueOf(flag), message: 'secretTarget' });
    if (setSource === 'yes' && setId === 'yes') (findings ??= []).push({ range: wholeValueOf(flag), message: 'secretSourceAndId' });
  } else if (setSharing === 'yes' && finalType !== 'cache') {
    (findings ??= []).push({ range: wholeValueOf(flag), message: 'sharingNotCache', args: [finalType] });
  }
  return findings;
}

type Setting = 'yes' | 'maybe' | undefined;

/** `required` and `size` are checked against the type in force when BuildKit reaches them. */
function checkKeyForType(key: string, type: string | undefined, finalType: string | undefined, flag: Flag, field: Field, findings: Found): Found {
  const allowed = KEY_TYPES[key];
  if (!allowed || type === undefined || allowed.includes(type)) return findings;
  if (finalType !== undefined && allowed.includes(finalType)) (findings ??= []).push({ range: keyRangeOf(flag, field), message: 'typeFirst', args: [key, finalType] });
  else if (finalType === undefined || !MOUNT_TYPES.includes(finalType)) return findings; // the type itself is reported, or unknown
  else (findings ??= []).push({ range: keyRangeOf(flag, field), message: 'keyForType', args: [key, finalType] });
  return findings;
}

/** Where the mount's whole value is (a flag's ranges are made each time they are read). */
function wholeValueOf(flag: Flag): Range {
  return flag.valueRange ?? flag.range;
}

/** Where a field's key is (the whole field when it is quoted or has no value). */
function keyRangeOf(flag: Flag, field: Field): Range {
  const equals = field.text.indexOf('=');
  return field.quoted || equals < 0 ? valueSubRange(flag, field.start, field.end) : valueSubRange(flag, field.start, field.start + equals);
}

/** Where a field's value is (the whole field when it is quoted or has no value). */
function valueRangeOf(flag: Flag, field: Field): Range {
  const equals = field.text.indexOf('=');
  return field.quoted || equals < 0 ? valueSubRange(flag, field.start, field.end) : valueSubRange(flag, field.start + equals + 1, field.end);
}

function valueProblem(key: string, value: string): 'type' | 'boolean' | 'size' | 'sharing' | 'mode' | 'id' | undefined {
  switch (key) {
    case 'type':
      return MOUNT_TYPES.includes(value.toLowerCase()) ? undefined : 'type';
    case 'readonly': case 'ro': case 'readwrite': case 'rw': case 'required':
      return GO_BOOL.has(value) ? undefined : 'boolean';
    case 'size':
      return SIZE.test(value) ? undefined : 'size';
    case 'sharing':
      return SHARING.includes(value.toLowerCase()) ? undefined : 'sharing';
    case 'mode':
      return OCTAL.test(value) && parseInt(value, 8) <= UINT32_MAX ? undefined : 'mode';
    case 'uid': case 'gid':
      return DECIMAL.test(value) && Number(value) <= UINT32_MAX ? undefined : 'id';
    default:
      return undefined;
  }
}

function canonicalKey(key: string): string {
  if (key === 'src') return 'source';
  if (key === 'dst' || key === 'destination') return 'target';
  return key;
}

const TYPE_KEY = 'type=';

/** Whether the field is `type=...`, in any case, without working out its key when it cannot be. */
function isTypeField(text: string): boolean {
  return text.startsWith(TYPE_KEY) || (text.indexOf('=') === TYPE_KEY.length - 1 && keyOf(text) === 'type');
}

/** The lower-cased key of a field. */
function keyOf(text: string): string {
  const equals = text.indexOf('=');
  return (equals < 0 ? text : text.slice(0, equals)).toLowerCase();
}

/** The value of a field, undefined without `=`. */
function valueOf(text: string): string | undefined {
  const equals = text.indexOf('=');
  return equals < 0 ? undefined : text.slice(equals + 1);
}

/** One CSV record as Go's encoding/csv reads it; undefined where Go reports a parse error. */
export function csvFields(line: string): Field[] | undefined {
  const fields: Field[] = [];
  let pos = 0;
  for (;;) {
    if (line[pos] !== '"') {
      let end = line.indexOf(',', pos);
      if (end < 0) end = line.length;
      const text = line.slice(pos, end);
      if (text.includes('"')) return undefined;
      fields.push({ text, start: pos, end, quoted: false });
      if (end === line.length) return fields;
      pos = end + 1;
      continue;
    }
    const start = pos;
    let text = '';
    pos++;
    for (;;) {
      const quote = line.indexOf('"', pos);
      if (quote < 0) return undefined;
      text += line.slice(pos, quote);
      pos = quote + 1;
      if (line[pos] === '"') {
        text += '"';
        pos++;
        continue;
      }
      if (pos === line.length || line[pos] === ',') break;
      return undefined;
    }
    fields.push({ text, start, end: pos, quoted: true });
    if (pos === line.length) return fields;
    pos++;
  }
}
