/**
 * The 'balint-sw' Trusted Types policy (src/app/register-sw.ts): without `trustedTypes` (jsdom)
 * the worker's URL is the plain string; with a fake `trustedTypes` the policy is created once,
 * under the name the CSP lists, and vouches for `./sw.js` only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { TRUSTED_TYPES_POLICIES } from '../../../src/tools/csp';

type Module = typeof import('../../../src/app/register-sw');
type Rules = { createScriptURL: (s: string) => string };

async function freshModule(): Promise<Module> {
  vi.resetModules();
  return import('../../../src/app/register-sw');
}

afterEach(() => vi.unstubAllGlobals());

describe('the service worker URL', () => {
  it('is the plain string where Trusted Types are absent', async () => {
    const { serviceWorkerUrl, SW_URL } = await freshModule();
    expect(serviceWorkerUrl()).toBe('./sw.js');
    expect(SW_URL).toBe('./sw.js');
  });

  it("comes from one 'balint-sw' policy that vouches for ./sw.js and nothing else", async () => {
    const created: { name: string; rules: Rules }[] = [];
    vi.stubGlobal('trustedTypes', {
      createPolicy(name: string, rules: Rules) {
        created.push({ name, rules });
        return { createScriptURL: (s: string) => ({ trusted: rules.createScriptURL(s) }) };
      },
    });
    const { serviceWorkerUrl, SW_POLICY } = await freshModule();
    expect(serviceWorkerUrl()).toEqual({ trusted: './sw.js' });
    expect(serviceWorkerUrl()).toEqual({ trusted: './sw.js' });
    expect(created.map((c) => c.name)).toEqual(['balint-sw']);
    expect(TRUSTED_TYPES_POLICIES).toContain(SW_POLICY);
    const rule = created[0]!.rules.createScriptURL;
    for (const other of ['/sw.js', 'https://evil.example/sw.js', './sw.js?x', 'data:text/javascript,1', './evil.js'])
      expect(() => rule(other), other).toThrow(TypeError);
  });
});

describe('registerSW', () => {
  it('is a no-op where service workers are unavailable', async () => {
    expect('serviceWorker' in navigator).toBe(false);
    const { registerSW } = await freshModule();
    const onRegisterError = vi.fn();
    const update = registerSW({ immediate: true, onRegisterError });
    await expect(update()).resolves.toBeUndefined();
    expect(onRegisterError).not.toHaveBeenCalled();
  });
});
