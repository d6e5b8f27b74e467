// Test helper: calls the REST API the way real clients encode their parameters.
import qs from 'qs';
import { composePaths } from '../../shared/compose-contract';

export type Encoding = 'php' | 'python' | 'json' | 'multipart' | 'get';
export const encodings: Encoding[] = ['php', 'python', 'json', 'multipart', 'get'];
type Params = Record<string, unknown>;

/** Every REST endpoint of the API: the send endpoints, then the device and status ones. */
export const apiPaths = [
  ...composePaths,
  '/check-number',
  '/device-info',
  '/logout-device',
  '/message-status',
] as const;

/** Python requests `data=`: lists become repeated keys (button=A&button=B). */
export function pythonForm(params: Params): string {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) form.append(key, String(item));
  }
  return form.toString();
}

/** PHP http_build_query: button[0]=A&button[1]=B. */
export const phpForm = (params: Params) => qs.stringify(params, { arrayFormat: 'indices' });

export async function callApi(
  baseUrl: string,
  path: string,
  params: Params,
  encoding: Encoding = 'json',
  headers: Record<string, string> = {},
): Promise<{ status: number; body: any; headers: Headers }> {
  let response: Response;
  const url = `${baseUrl}${path}`;
  switch (encoding) {
    case 'php':
    case 'python':
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: encoding === 'php' ? phpForm(params) : pythonForm(params),
      });
      break;
    case 'json':
      response = await fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify(params),
      });
      break;
    case 'multipart': {
      const form = new FormData();
      for (const [key, value] of Object.entries(params)) {
        if (value instanceof Blob) form.append(key, value, (value as File).name ?? 'upload.bin');
        else if (Array.isArray(value))
          value.forEach((item, i) =>
            typeof item === 'object' && item !== null
              ? Object.entries(item).forEach(([field, v]) => form.append(`${key}[${i}][${field}]`, String(v)))
              : form.append(`${key}[${i}]`, String(item)),
          );
        else if (value !== undefined) form.append(key, String(value));
      }
      response = await fetch(url, { method: 'POST', body: form, headers });
      break;
    }
    case 'get':
      response = await fetch(`${url}?${phpForm(params)}`, { headers });
      break;
  }
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON: the test will show the text */
  }
  return { status: response.status, body, headers: response.headers };
}
