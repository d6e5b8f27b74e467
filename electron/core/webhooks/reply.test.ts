// Reading a reply out of a webhook receiver's answer.
import { describe, expect, it } from 'vitest';
import { replyFromAnswer } from './reply';

describe('replyFromAnswer', () => {
  it('reads {"reply"} and send-message fields, also without a JSON content type', () => {
    expect(replyFromAnswer('{"reply":"halo"}', 'application/json')).toEqual({ text: 'halo', number: null });
    expect(replyFromAnswer(' {"message":"ok","number":"0812-3456"} ', 'text/html')).toEqual({
      text: 'ok',
      number: '08123456',
    });
  });
  it('ignores empty answers, plain text, and an echo of our own payload', () => {
    expect(replyFromAnswer('', null)).toBeNull();
    expect(replyFromAnswer('OK', 'text/plain')).toBeNull();
    expect(replyFromAnswer('{"status":true}', 'application/json')).toBeNull();
    expect(
      replyFromAnswer('{"message":"hi","from":"628","bufferImage":null}', 'application/json'),
    ).toBeNull();
  });
});
