// The table's English is what the REST API answers: each text moved into it must read exactly as the sentence
// core wrote before (the literals below are those sentences, copied from before the move).
import { describe, expect, it } from 'vitest';
import { fillErrorText, type TextRef } from './error-texts';

const fill = ({ key, params }: TextRef) => fillErrorText(key, params);
const download = (reason: TextRef) => fill({ key: 'media_download_failed', params: { reason } });

describe('the error table in English', () => {
  it('words the download failures as core did', () => {
    expect(download({ key: 'media_reason_http', params: { status: 404 } })).toBe(
      'The url could not be downloaded: the server answered HTTP 404.',
    );
    expect(download({ key: 'media_reason_too_large', params: { max: '16 MB' } })).toBe(
      "The url could not be downloaded: the file is larger than 16 MB, WhatsApp's limit for this type.",
    );
    expect(download({ key: 'media_reason_empty' })).toBe(
      'The url could not be downloaded: the file is empty.',
    );
    expect(download({ key: 'media_reason_redirects', params: { max: 5 } })).toBe(
      'The url could not be downloaded: more than 5 redirects.',
    );
    expect(download({ key: 'media_reason_redirect_scheme' })).toBe(
      'The url could not be downloaded: it redirects to a link that is not http(s).',
    );
    expect(download({ key: 'media_reason_timeout', params: { seconds: 30 } })).toBe(
      'The url could not be downloaded: no complete answer within 30 seconds.',
    );
    expect(download({ key: 'media_reason_timeout_ms', params: { ms: 200 } })).toBe(
      'The url could not be downloaded: no complete answer within 200 ms.',
    );
    expect(download({ key: 'media_reason_address_never' })).toBe(
      'The url could not be downloaded: it points to a link-local or cloud metadata address, which is never downloaded.',
    );
    expect(download({ key: 'media_reason_address_local' })).toBe(
      'The url could not be downloaded: it points to this computer or the local network, which Settings do not allow for media links.',
    );
    expect(download({ key: 'media_reason_other', params: { detail: 'ENOTFOUND' } })).toBe(
      'The url could not be downloaded: ENOTFOUND.',
    );
  });

  it('words a file of the wrong type as core did, with the kind and its article', () => {
    const kind = (name: string) => ({ key: `media_kind_${name}` }) as TextRef;
    expect(fill({ key: 'media_web_page_url', params: { expected: kind('image') } })).toBe(
      'The url is a web page (text/html), not an image file. Use a direct link to the file.',
    );
    expect(fill({ key: 'media_web_page_file', params: { expected: kind('pdf') } })).toBe(
      'The file is a web page (text/html), not a pdf file. Use a direct link to the file.',
    );
    expect(
      fill({ key: 'media_wrong_type_url', params: { expected: kind('video'), actual: 'image/jpeg' } }),
    ).toBe('The url is not a video file (it is image/jpeg).');
    const unknown = { key: 'media_type_unknown' } as const;
    expect(fill({ key: 'media_wrong_type_file', params: { expected: kind('audio'), actual: unknown } })).toBe(
      'The file is not an audio file (it is of unknown type).',
    );
    expect(fill({ key: 'media_header_web_page' })).toBe(
      'The url is a web page (text/html), not an image file. Use a direct link to the file or video.',
    );
    expect(fill({ key: 'media_header_wrong_type', params: { actual: 'application/pdf' } })).toBe(
      'The url is not an image file (it is application/pdf) or video.',
    );
    for (const [name, words] of Object.entries({
      xls: 'an xls',
      xlsx: 'an xlsx',
      doc: 'a doc',
      docx: 'a docx',
      zip: 'a zip',
    }))
      expect(fill(kind(name))).toBe(words);
    expect(fill({ key: 'media_not_sticker_file' })).toBe(
      'The file is not an image that can be made into a sticker.',
    );
  });

  it("words the auto-reply pattern and the API's invalid-parameters answer as core did", () => {
    expect(fill({ key: 'pattern_invalid' })).toBe('The pattern format is invalid.');
    expect(fill({ key: 'pattern_unsupported' })).toBe(
      'Auto-reply patterns cannot use backreferences (\\1) or lookaround ((?=, (?!, (?<=, (?<!). Write the pattern without them.',
    );
    expect(fill({ key: 'params_invalid' })).toBe('Invalid data!');
  });

  it('leaves a placeholder without a value as it is', () => {
    expect(fill({ key: 'media_reason_http' })).toBe('the server answered HTTP {{status}}');
  });
});
