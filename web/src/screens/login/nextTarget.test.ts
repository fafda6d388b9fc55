import { describe, expect, it } from 'vitest'

import { afterLogin } from './nextTarget.js'

describe('after login', () => {
  it('[LG1] goes to ?next= when it is a path of ours', () => {
    expect(afterLogin('?next=%2Fops%2Fcomplaints%2F01J%3Fcolour%3Dred', 'operator')).toBe(
      '/ops/complaints/01J?colour=red',
    )
    expect(afterLogin('?next=/exec', 'operator')).toBe('/exec')
  })

  it("[LG1] otherwise to the role's home, in the language of the login page", () => {
    expect(afterLogin('', 'operator')).toBe('/ops')
    expect(afterLogin('?lang=en', 'supervisor')).toBe('/ops?lang=en')
    expect(afterLogin('', 'executive')).toBe('/exec')
  })

  it('[LG2] never leaves the origin: no open redirect', () => {
    for (const next of [
      'https://evil.example/',
      '//evil.example/x',
      '/\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      '/login',
      '/',
    ]) {
      expect(afterLogin(`?next=${encodeURIComponent(next)}`, 'operator')).toBe('/ops')
    }
  })
})
