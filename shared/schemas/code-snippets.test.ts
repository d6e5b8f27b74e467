import { describe, expect, it } from 'vitest';
import { exampleParams, snippet } from './code-snippets';
import { sendButtonParams } from './send-button';

describe('code snippets', () => {
  const params = exampleParams(sendButtonParams);

  it('uses the documented examples, required fields first', () => {
    expect(params).toEqual([
      ['sender', '6281234567890'],
      ['number', '628123456789'],
      ['message', 'Silahkan pilih opsi:'],
      ['button', ['Pilihan 1', 'Pilihan 2']],
      ['footer', 'Wasender Powered'],
    ]);
  });

  it('writes each language the way the documentation does', () => {
    const url = 'http://127.0.0.1:7788/send-button';
    expect(snippet('php', url, params)).toContain(`'button' => ['Pilihan 1', 'Pilihan 2'],`);
    expect(snippet('php', url, params)).toContain(
      'curl_setopt($ch, CURLOPT_POSTFIELDS, http_build_query($postData));',
    );
    expect(snippet('python', url, params)).toContain(`'button': ['Pilihan 1', 'Pilihan 2'],`);
    expect(snippet('node', url, params)).toContain(`axios.post('${url}', data)`);
    expect(snippet('curl', url, params, 'KEY')).toBe(
      [
        `curl -X POST ${url} \\`,
        `  -H 'X-Api-Key: KEY' \\`,
        `  --data-urlencode 'sender=6281234567890' \\`,
        `  --data-urlencode 'number=628123456789' \\`,
        `  --data-urlencode 'message=Silahkan pilih opsi:' \\`,
        `  --data-urlencode 'button[]=Pilihan 1' \\`,
        `  --data-urlencode 'button[]=Pilihan 2' \\`,
        `  --data-urlencode 'footer=Wasender Powered'`,
      ].join('\n'),
    );
  });

  it('escapes quotes and newlines of filled-in forms', () => {
    const tricky: Array<[string, unknown]> = [['message', "Halo 'kak'\nbaris 2"]];
    expect(snippet('python', 'u', tricky)).toContain(`'message': "Halo 'kak'\\nbaris 2",`);
    expect(snippet('node', 'u', tricky)).toContain(`message: "Halo 'kak'\\nbaris 2",`);
    expect(snippet('php', 'u', tricky)).toContain(`'message' => 'Halo \\'kak\\'\nbaris 2',`);
    expect(snippet('curl', 'u', tricky)).toContain(`--data-urlencode 'message=Halo '\\''kak'\\''\nbaris 2'`);
  });
});
