// Client code for a REST call in the documentation's own styles: PHP curl + http_build_query,
// Python requests (form data), Node axios (JSON), and curl. Used by /docs and the compose forms' "copy as code".
import type { ParamsSchema } from './params';

export const KEY_PLACEHOLDER = 'YOUR_API_KEY';
export type Language = 'curl' | 'php' | 'python' | 'node';
export type ExampleParams = Array<[string, unknown]>;

/** Required fields and the optional ones worth showing (those with an example, but not ref). */
export function exampleParams(params: ParamsSchema<any>): ExampleParams {
  return params
    .docs()
    .filter(
      ([name, doc]) => doc.type !== 'file' && name !== 'ref' && (doc.required || doc.example !== undefined),
    )
    .map(([name, doc]) => [name, doc.example ?? (doc.type === 'array' ? ['A', 'B'] : 'value')]);
}

/** Python and JS: single quotes like the docs; text with newlines or control characters as a JSON string. */
const quoted = (text: string) =>
  /[\u0000-\u001f\u2028\u2029]/.test(text) ? JSON.stringify(text) : `'${text.replace(/[\\']/g, '\\$&')}'`;
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
// PHP single-quoted strings may span lines; only \ and ' need escaping. Objects (MPWA's button objects) are
// associative arrays, which http_build_query sends as button[0][type]=reply.
const phpString = (text: string) => `'${text.replace(/[\\']/g, '\\$&')}'`;
const php = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(php).join(', ')}]`
    : isObject(value)
      ? `[${Object.entries(value)
          .map(([key, item]) => `${phpString(key)} => ${php(item)}`)
          .join(', ')}]`
      : typeof value === 'string'
        ? phpString(value)
        : JSON.stringify(value);
const py = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(py).join(', ')}]`
    : isObject(value)
      ? `{${Object.entries(value)
          .map(([key, item]) => `${quoted(key)}: ${py(item)}`)
          .join(', ')}}`
      : typeof value === 'string'
        ? quoted(value)
        : value === true
          ? 'True'
          : value === false
            ? 'False'
            : JSON.stringify(value);
const js = (value: unknown): string =>
  Array.isArray(value)
    ? `[${value.map(js).join(', ')}]`
    : isObject(value)
      ? `{ ${Object.entries(value)
          .map(([key, item]) => `${key}: ${js(item)}`)
          .join(', ')} }`
      : typeof value === 'string'
        ? quoted(value)
        : JSON.stringify(value);
/** Form fields of one parameter as curl writes them: button[]=A, or button[0][type]=reply for objects. */
const formFields = (name: string, value: unknown): Array<[string, unknown]> =>
  Array.isArray(value)
    ? value.flatMap((item, index) =>
        isObject(item)
          ? formFields(`${name}[${index}]`, item)
          : ([[`${name}[]`, item]] as Array<[string, unknown]>),
      )
    : isObject(value)
      ? Object.entries(value).flatMap(([key, item]) => formFields(`${name}[${key}]`, item))
      : [[name, value]];
const shell = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** `params` in the order to show them; `apiKey` defaults to the placeholder. */
export function snippet(
  language: Language,
  url: string,
  params: ExampleParams,
  apiKey = KEY_PLACEHOLDER,
): string {
  const all: ExampleParams = [['api_key', apiKey], ...params];
  switch (language) {
    case 'curl':
      return [
        `curl -X POST ${url} \\`,
        `  -H 'X-Api-Key: ${apiKey}' \\`,
        ...params.flatMap(([name, value]) =>
          formFields(name, value).map(([key, item]) => `  --data-urlencode ${shell(`${key}=${item}`)} \\`),
        ),
      ]
        .join('\n')
        .replace(/ \\$/, '');
    case 'php':
      return [
        `$url = "${url}";`,
        `$postData = [`,
        ...all.map(([name, value]) => `  '${name}' => ${php(value)},`),
        `];`,
        `$ch = curl_init($url);`,
        `curl_setopt($ch, CURLOPT_RETURNTRANSFER, true);`,
        `curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($postData));`,
        `$response = curl_exec($ch);`,
        `curl_close($ch);`,
        `echo $response;`,
      ].join('\n');
    case 'python':
      return [
        `import requests`,
        `url = "${url}"`,
        `data = {`,
        ...all.map(([name, value]) => `    '${name}': ${py(value)},`),
        `}`,
        // Form data cannot carry a list of objects (requests would send their Python repr): JSON then.
        `response = requests.post(url, ${params.some(([, value]) => Array.isArray(value) && value.some(isObject)) ? 'json' : 'data'}=data)`,
        `print(response.json())`,
      ].join('\n');
    case 'node':
      return [
        `const axios = require('axios');`,
        `const data = {`,
        ...all.map(([name, value]) => `  ${name}: ${js(value)},`),
        `};`,
        `axios.post('${url}', data)`,
        `  .then((res) => console.log(res.data))`,
        `  .catch((err) => console.error(err.response ? err.response.data : err));`,
      ].join('\n');
  }
}
