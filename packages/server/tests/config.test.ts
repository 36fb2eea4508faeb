// Configuration is checked at startup with coded errors naming the setting; the built package loads
// as ESM and CommonJS.
import { createRequire } from 'node:module'
import { SobotContactError } from '@sobot-contact/core'
import { describe, expect, it } from 'vitest'
import { createSobotHandler, createThumbMediaCache, createWeChatClient, serverOptionsFromEnv, silentLogger, SobotServerError } from '../src/index'

const env = { WECHAT_APP_ID: 'wx1', WECHAT_APP_SECRET: 's3cret-value' }
const codeOf = (fn: () => unknown) => {
  try {
    fn()
  } catch (error) {
    if (error instanceof SobotServerError) return [error.code, error.path]
    throw error
  }
  return null
}

describe('serverOptionsFromEnv', () => {
  it('reads and splits the variables, with defaults', () => {
    expect(serverOptionsFromEnv({ ...env, THUMB_HOSTS: ' img.example.com , 127.0.0.1:9000,', ALLOWED_ORIGINS: 'https://a.example.com', SOBOT_CHANNEL_KEY: 'k'.repeat(16) })).toEqual({
      appId: 'wx1',
      appSecret: 's3cret-value',
      channelKey: 'k'.repeat(16),
      apiBase: 'https://api.weixin.qq.com',
      thumbHosts: ['img.example.com', '127.0.0.1:9000'],
      allowedOrigins: ['https://a.example.com'],
      redisUrl: undefined,
      port: 8787,
      unionIdPerMinute: 20,
      coverUploadsPerHour: 200,
      trustedProxies: [],
    })
  })

  it.each([
    [{}, 'MISSING_CONFIG', 'WECHAT_APP_ID'],
    [{ WECHAT_APP_ID: 'wx1' }, 'MISSING_CONFIG', 'WECHAT_APP_SECRET'],
    [{ ...env, WECHAT_API_BASE: 'ftp://x' }, 'INVALID_CONFIG', 'WECHAT_API_BASE'],
    [{ ...env, PORT: 'eighty' }, 'INVALID_CONFIG', 'PORT'],
    [{ ...env, REDIS_URL: 'localhost:6379' }, 'INVALID_CONFIG', 'REDIS_URL'],
    [{ ...env, UNIONID_PER_MINUTE: '-1' }, 'INVALID_CONFIG', 'UNIONID_PER_MINUTE'],
    [{ ...env, COVER_UPLOADS_PER_HOUR: 'lots' }, 'INVALID_CONFIG', 'COVER_UPLOADS_PER_HOUR'],
  ])('%j → %s at %s', (input, code, path) => {
    expect(codeOf(() => serverOptionsFromEnv(input))).toEqual([code, path])
  })

  it('a missing secret\'s message does not echo other values', () => {
    try {
      serverOptionsFromEnv({ WECHAT_APP_ID: 'wx1', SOBOT_CHANNEL_KEY: 'k'.repeat(16) })
    } catch (error) {
      expect(String(error)).not.toContain('k'.repeat(16))
      expect(String(error)).toContain('开发设置')
    }
  })
})

describe('options checked at creation', () => {
  const wechat = createWeChatClient({ appId: 'wx1', appSecret: 'x', logger: silentLogger })
  it.each([
    [() => createWeChatClient({ appId: '', appSecret: 'x' }), 'MISSING_CONFIG', 'appId'],
    [() => createThumbMediaCache({ wechat, allowedHosts: [] }), 'MISSING_CONFIG', 'allowedHosts'],
    [() => createThumbMediaCache({ wechat, allowedHosts: ['https://img.example.com/covers'] }), 'INVALID_CONFIG', 'allowedHosts'],
    [() => createThumbMediaCache({ wechat, allowedHosts: ['*.example.com'] }), 'INVALID_CONFIG', 'allowedHosts'],
    [() => createSobotHandler({ wechat, channelKey: 'short' }), 'INVALID_CONFIG', 'channelKey'],
    [() => createSobotHandler({ wechat, allowedOrigins: ['*'] }), 'INVALID_CONFIG', 'allowedOrigins'],
    [() => createSobotHandler({ wechat, allowedOrigins: ['https://a.example.com/path'] }), 'INVALID_CONFIG', 'allowedOrigins'],
  ])('%#: %s at %s', (fn, code, path) => {
    expect(codeOf(fn)).toEqual([code, path])
  })

  it('a bad channel key is not echoed', () => {
    expect(() => createSobotHandler({ wechat, channelKey: 'my-short-key' })).toThrow(SobotServerError)
    try {
      createSobotHandler({ wechat, channelKey: 'my-short-key' })
    } catch (error) {
      expect(String(error)).not.toContain('my-short-key')
    }
  })
})

describe('SobotServerError', () => {
  it('is core\'s SobotContactError with the server\'s code, path, status and core\'s message prefix', () => {
    const error = new SobotServerError('HOST_NOT_ALLOWED', 'url', 'add it to THUMB_HOSTS')
    expect(error).toBeInstanceOf(SobotContactError)
    expect(error).toMatchObject({ name: 'SobotServerError', code: 'HOST_NOT_ALLOWED', path: 'url', status: 403, message: '[sobot-contact] url: add it to THUMB_HOSTS' })
    expect(error.issues).toEqual([{ code: 'HOST_NOT_ALLOWED', path: 'url', message: error.message, severity: 'error' }])
  })
})

describe('the built package', () => {
  it('loads as ESM and as CommonJS with the same exports', async () => {
    const esm = await import('../dist/index.js')
    const cjs = createRequire(import.meta.url)('../dist/index.cjs') as typeof esm
    expect(Object.keys(esm).sort()).toEqual(Object.keys(cjs).sort())
    expect(Object.keys(esm).sort()).toEqual([
      'MEDIA_LIFETIME_MS',
      'SERVER_ERROR_STATUS',
      'SobotServerError',
      'WECHAT_API_BASE',
      'WECHAT_IMAGE_MAX_BYTES',
      'createMemoryStore',
      'createRedisStore',
      'createSobotHandler',
      'createSobotServer',
      'createThumbMediaCache',
      'createWeChatClient',
      'exchangeUnionId',
      'serverOptionsFromEnv',
      'shutdownGracefully',
      'silentLogger',
      'toNodeListener',
    ])
  })
})
