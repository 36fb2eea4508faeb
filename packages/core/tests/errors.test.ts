// The one error class and issue shape every package reports.
import { describe, expect, it } from 'vitest'
import { createError, issue, issueUnder, shown, SobotContactError, throwIssues } from '../src/errors'

describe('SobotContactError', () => {
  it('is an Error named SobotContactError with code, path, message and, by default, itself as the one issue', () => {
    const e = new SobotContactError('INVALID_FIELD', 'nickname', '[sobot-contact] nickname: must be a string')
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('SobotContactError')
    expect([e.code, e.path, e.message]).toEqual(['INVALID_FIELD', 'nickname', '[sobot-contact] nickname: must be a string'])
    expect(e.issues).toStrictEqual([{ code: 'INVALID_FIELD', path: 'nickname', message: '[sobot-contact] nickname: must be a string', severity: 'error' }])
    expect(new SobotContactError('INVALID_FIELD', '', 'm', []).issues).toStrictEqual([{ code: 'INVALID_FIELD', path: '', message: 'm', severity: 'error' }])
  })

  it('carries the issues it was given', () => {
    const issues = [issue('SEPARATOR_IN_ID', 'partnerId', 'x'), issue('SEPARATOR_IN_ID', 'robotId', 'y')]
    expect(new SobotContactError('SEPARATOR_IN_ID', 'partnerId', 'x', issues).issues).toBe(issues)
  })
})

describe('issue', () => {
  it('prefixes the package name and the path; an error unless told otherwise', () => {
    expect(issue('INVALID_FIELD', 'a.b', 'must be a string')).toStrictEqual({
      code: 'INVALID_FIELD',
      path: 'a.b',
      message: '[sobot-contact] a.b: must be a string',
      severity: 'error',
    })
    expect(issue('INVALID_FIELD', '', 'must be an object')).toStrictEqual({
      code: 'INVALID_FIELD',
      path: '',
      message: '[sobot-contact] must be an object',
      severity: 'error',
    })
    expect(issue('SEPARATOR_REPLACED', 'nickname', 'x', 'warning').severity).toBe('warning')
  })
})

describe('throwIssues', () => {
  it('throws the first error with every error (not the warnings); nothing for warnings only', () => {
    const w = issue('SEPARATOR_REPLACED', 'nickname', 'w', 'warning')
    const a = issue('SEPARATOR_IN_ID', 'partnerId', 'a')
    const b = issue('INVALID_FIELD', 'robotId', 'b')
    expect(() => throwIssues([])).not.toThrow()
    expect(() => throwIssues([w])).not.toThrow()
    try {
      throwIssues([w, a, b])
      expect.unreachable()
    } catch (e) {
      expect(e).toBeInstanceOf(SobotContactError)
      const err = e as SobotContactError
      expect([err.code, err.path, err.message]).toEqual(['SEPARATOR_IN_ID', 'partnerId', '[sobot-contact] partnerId: a'])
      expect(err.issues).toStrictEqual([a, b])
    }
  })
})

describe('shown', () => {
  it('JSON where JSON can write the value, else what it is; never throws', () => {
    const cycle: Record<string, unknown> = {}
    cycle.self = cycle
    expect(shown('a"b')).toBe('"a\\"b"')
    expect(shown({ a: [1, null] })).toBe('{"a":[1,null]}')
    expect(shown(BigInt(12))).toBe('12n')
    expect(shown({ n: BigInt(1) })).toBe('a object')
    expect(shown(cycle)).toBe('a object')
    expect(shown(() => 1)).toBe('a function')
    expect(shown(undefined)).toBe('a undefined')
    expect(shown(Symbol('s'))).toBe('a symbol')
  })
})

describe('createError and issueUnder', () => {
  it('createError: the standard prefix, the one issue', () => {
    const e = createError('INVALID_FIELD', 'sysNum', 'remove the spaces')
    expect(e).toBeInstanceOf(SobotContactError)
    expect([e.code, e.path, e.message]).toEqual(['INVALID_FIELD', 'sysNum', '[sobot-contact] sysNum: remove the spaces'])
    expect(createError('INVALID_FIELD', '', 'x').message).toBe('[sobot-contact] x')
  })

  it('issueUnder: the parent before the path, in the path and in the message', () => {
    expect(issueUnder(issue('SEPARATOR_IN_ID', 'partnerId', 'remove "|"'), 'session')).toStrictEqual({
      code: 'SEPARATOR_IN_ID',
      path: 'session.partnerId',
      message: '[sobot-contact] session.partnerId: remove "|"',
      severity: 'error',
    })
    expect(issueUnder(issue('INVALID_FIELD', '', 'must be an object', 'warning'), 'session')).toStrictEqual({
      code: 'INVALID_FIELD',
      path: 'session',
      message: '[sobot-contact] session: must be an object',
      severity: 'warning',
    })
    // a message without the standard prefix is kept whole
    expect(issueUnder({ code: 'X', path: 'a', message: 'plain', severity: 'error' }, 'p').message).toBe('[sobot-contact] p.a: plain')
  })
})
