import { describe, expect, it, vi } from 'vitest'
import { nextTick, ref } from 'vue'
import { takeHandedOverChat, type SobotContactError } from '@sobot-contact/core'
import { useContactChannel } from '../src/index'
import { device, LINK, navigateTo, PAGE, session } from './uniTargets'

// The composable on every target, with the component suite's stand-in for `uni` (./uniTargets).

function use(uniPlatform: string, config: Parameters<typeof useContactChannel>[1]) {
  process.env.UNI_PLATFORM = uniPlatform
  const errors: SobotContactError[] = []
  const result = useContactChannel({ session }, config, { onError: (e) => errors.push(e) })
  return { ...result, errors }
}

describe('useContactChannel', () => {
  it('mp-weixin on a phone: the native button, open() does nothing', () => {
    const { channel, open, errors } = use('mp-weixin', { webLink: LINK, chatPage: PAGE })
    expect(channel.value).toEqual({ kind: 'native-button' })
    open()
    expect(navigateTo).not.toHaveBeenCalled()
    expect(errors).toEqual([])
  })

  it('desktop WeChat: the chat page, handed the configuration', () => {
    device.platform = 'windows'
    const { channel, open } = use('mp-weixin', { webLink: LINK, chatPage: PAGE })
    expect(channel.value).toEqual({ kind: 'open-chat-page', page: PAGE })
    open()
    expect(navigateTo.mock.calls.map((c) => c[0].url)).toEqual([PAGE])
    expect(takeHandedOverChat()).toEqual({ session, card: undefined, webLink: LINK })
  })

  it("H5: open() goes to the visitor's web link", () => {
    const assign = vi.fn()
    vi.stubGlobal('location', { ...window.location, assign })
    const { channel, open } = use('h5', { webLink: LINK })
    expect(channel.value.kind).toBe('open-link')
    open()
    expect(assign).toHaveBeenCalledWith(LINK + '&partnerid=u-1&uname=' + encodeURIComponent('小明'))
  })

  it('App without a chat page: MISSING_CHAT_PAGE once, and again only when the configuration changes to another problem', async () => {
    const config = ref<{ webLink?: string; chatPage?: string }>({ webLink: LINK })
    const { channel, errors } = use('app', config)
    expect(channel.value.kind).toBe('unavailable')
    expect(errors.map((e) => [e.code, e.path])).toEqual([['MISSING_CHAT_PAGE', 'chatPage']])
    config.value = {}
    await nextTick()
    expect(errors.map((e) => e.code)).toEqual(['MISSING_CHAT_PAGE', 'MISSING_WEB_LINK'])
    config.value = { webLink: LINK, chatPage: PAGE }
    await nextTick()
    expect(channel.value).toEqual({ kind: 'open-chat-page', page: PAGE })
  })
})
