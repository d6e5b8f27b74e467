// The webhook field's own check, before the URL goes to core.
import { describe, expect, it } from 'vitest';
import { checkWebhookUrl } from './webhook-url';

describe('checkWebhookUrl', () => {
  it('accepts an empty field as "no webhook"', () => {
    expect(checkWebhookUrl('  ')).toEqual({ ok: true, url: '', insecure: false });
  });

  it('accepts https addresses without a warning', () => {
    expect(checkWebhookUrl(' https://shop.example/hook.php?x=1 ')).toEqual({
      ok: true,
      url: 'https://shop.example/hook.php?x=1',
      insecure: false,
    });
  });

  it('warns about plain http to another machine but not to this computer', () => {
    expect(checkWebhookUrl('http://shop.example/hook')).toMatchObject({ ok: true, insecure: true });
    expect(checkWebhookUrl('http://192.168.1.20/hook')).toMatchObject({ ok: true, insecure: true });
    expect(checkWebhookUrl('http://localhost:8000/hook')).toMatchObject({ ok: true, insecure: false });
    expect(checkWebhookUrl('http://127.0.0.1/hook')).toMatchObject({ ok: true, insecure: false });
    expect(checkWebhookUrl('http://[::1]:9000/')).toMatchObject({ ok: true, insecure: false });
  });

  it('rejects text that is not an http(s) address', () => {
    expect(checkWebhookUrl('shop.example/hook')).toEqual({ ok: false });
    expect(checkWebhookUrl('ftp://shop.example/')).toEqual({ ok: false });
    expect(checkWebhookUrl('javascript:alert(1)')).toEqual({ ok: false });
  });
});
