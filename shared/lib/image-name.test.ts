import { describe, expect, it } from 'vitest'
import { dockerNames, repositoryOfDigest, splitTag } from './image-name'

describe('splitTag', () => {
  it.each([
    ['python:3.12-slim', 'python', '3.12-slim'],
    ['localhost:5000/team/app:1.2', 'localhost:5000/team/app', '1.2'],
    ['localhost:5000/team/app', 'localhost:5000/team/app', null],
    ['localhost/myapp:slim', 'localhost/myapp', 'slim'],
    ['busybox', 'busybox', null],
  ])('%s -> %s and %s', (reference, repository, tag) => {
    expect(splitTag(reference)).toEqual({ repository, tag })
  })
})

describe('dockerNames, as docker image ls prints them', () => {
  it('gives one row per tag', () => {
    expect(dockerNames(['app:1', 'registry:5000/app:2'], [])).toEqual([
      { repository: 'app', tag: '1' },
      { repository: 'registry:5000/app', tag: '2' },
    ])
  })

  it('gives an untagged image its digest repository and <none>, or <none> twice when nothing names it', () => {
    expect(dockerNames([], ['python@sha256:abc'])).toEqual([{ repository: 'python', tag: '<none>' }])
    expect(dockerNames([], [])).toEqual([{ repository: '<none>', tag: '<none>' }])
    expect(repositoryOfDigest('quay.io/x/y@sha256:1')).toBe('quay.io/x/y')
  })
})
