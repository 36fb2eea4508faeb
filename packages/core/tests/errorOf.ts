import { expect } from 'vitest'
import { SobotContactError } from '../src/index'

/** The SobotContactError `run` throws (the test fails when it throws nothing or something else). */
export function errorOf(run: () => unknown): SobotContactError {
  try {
    run()
  } catch (e) {
    expect(e).toBeInstanceOf(SobotContactError)
    return e as SobotContactError
  }
  throw new Error('expected a SobotContactError')
}
