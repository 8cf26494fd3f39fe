import { describe, expect, it } from 'vitest'
import { parseArgs } from './parse-args'

describe('parseArgs', () => {
  it.each([
    [['images'], { kind: 'images', json: false }],
    [['images', '--json'], { kind: 'images', json: true }],
    [['--json', 'images'], { kind: 'images', json: true }],
    [['inspect', 'python:3.12'], { kind: 'inspect', references: ['python:3.12'], json: false, platform: null }],
    [['inspect', 'a', 'b', '--json'], { kind: 'inspect', references: ['a', 'b'], json: true, platform: null }],
    [['inspect', '--', 'odd-name'], { kind: 'inspect', references: ['odd-name'], json: false, platform: null }],
    [['--help'], { kind: 'help' }],
    [['-h'], { kind: 'help' }],
    [['help'], { kind: 'help' }],
    [['inspect', '--help'], { kind: 'help' }],
    [['images', '--bogus', '--help'], { kind: 'help' }],
    [[], { kind: 'help' }],
    [['--version'], { kind: 'version' }],
    [['-v'], { kind: 'version' }],
    [['version'], { kind: 'version' }],
    [['analyze', 'app:1', 'app:2', '--json'], { kind: 'analyze', references: ['app:1', 'app:2'], all: false, json: true, platform: null }],
    [['analyze', '--all'], { kind: 'analyze', references: [], all: true, json: false, platform: null }],
    [['lineage', '--json'], { kind: 'lineage', json: true }],
    [['suggest', '--from', 'python:3.12', '--json'], { kind: 'suggest', reference: 'python:3.12', from: true, debugInProduction: false, json: true }],
    [['suggest', 'app:1', '--debug-in-production'], { kind: 'suggest', reference: 'app:1', from: false, debugInProduction: true, json: false }],
    [['dockerfile', './Dockerfile'], { kind: 'dockerfile', path: './Dockerfile', json: false }],
    [['dockerfile', '--json', 'build/Dockerfile.prod'], { kind: 'dockerfile', path: 'build/Dockerfile.prod', json: true }],
    [['dockerfile', '--', '-odd-name'], { kind: 'dockerfile', path: '-odd-name', json: false }],
    [['scan', 'multi:1', '--platform', 'linux/arm64'], { kind: 'scan', reference: 'multi:1', json: false, platform: 'linux/arm64' }],
    [['inspect', 'a', 'b', '--platform=linux/amd64'], { kind: 'inspect', references: ['a', 'b'], json: false, platform: 'linux/amd64' }],
    [['analyze', '--platform', 'linux/amd64', 'app:1'], { kind: 'analyze', references: ['app:1'], all: false, json: false, platform: 'linux/amd64' }],
  ])('reads %j', (argv, command) => {
    expect(parseArgs(argv)).toEqual({ ok: true, command })
  })

  it.each([
    [['images', '--all'], '--all goes with analyze'],
    [['images', '--platform', 'linux/amd64'], '--platform goes with inspect, analyze or scan'],
    [['analyze', '--all', '--platform', 'linux/amd64'], '--platform goes with one image, not --all'],
    [['analyze', 'a', 'b', '--platform', 'linux/amd64'], '--platform goes with one image'],
    [['scan', 'a', '--platform'], '--platform needs a value'],
    [['images', '--everything'], 'unknown option: --everything'],
    [['analyze'], 'analyze needs an image (a name, a tag or an ID) or --all'],
    [['analyze', 'python', '--all'], 'analyze takes images or --all, not both'],
    [['lineage', 'python'], 'lineage takes no arguments (got python)'],
    [['frobnicate'], 'unknown command: frobnicate'],
    [['inspect'], 'inspect needs at least one image: a name, a tag or an ID'],
    [['inspect', '--json'], 'inspect needs at least one image: a name, a tag or an ID'],
    [['images', 'python'], 'images takes no arguments (got python)'],
    [['--json'], '--json goes with a command: images, inspect, analyze, lineage, suggest or dockerfile'],
    [['suggest', '--from'], 'suggest --from needs one image reference, e.g. python:3.12'],
    [['suggest', '--from', ''], 'suggest --from needs one image reference, e.g. python:3.12'],
    [['images', '--from', 'x'], '--from goes with suggest'],
    [['dockerfile'], 'dockerfile needs one file, e.g. baseline dockerfile ./Dockerfile'],
    [['dockerfile', 'a', 'b'], 'dockerfile needs one file, e.g. baseline dockerfile ./Dockerfile'],
    [['dockerfile', '', '--json'], 'dockerfile needs one file, e.g. baseline dockerfile ./Dockerfile'],
    [['dockerfile', 'Dockerfile', '--all'], '--all goes with analyze'],
    [['dockerfile', 'Dockerfile', '--from'], '--from goes with suggest'],
  ])('refuses %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error })
  })
})

describe('parseArgs: sbom', () => {
  it('takes one image and an optional output file', () => {
    expect(parseArgs(['sbom', 'app:1.0'])).toEqual({ ok: true, command: { kind: 'sbom', reference: 'app:1.0', output: null } })
    expect(parseArgs(['sbom', 'app:1.0', '-o', 'app.cdx.json'])).toEqual({ ok: true, command: { kind: 'sbom', reference: 'app:1.0', output: 'app.cdx.json' } })
    expect(parseArgs(['sbom', '--output=x.json', 'app:1.0'])).toEqual({ ok: true, command: { kind: 'sbom', reference: 'app:1.0', output: 'x.json' } })
  })

  it.each([
    [['sbom'], 'sbom needs one image: a name, a tag or an ID'],
    [['sbom', 'a', 'b'], 'sbom needs one image: a name, a tag or an ID'],
    [['sbom', 'a', '--format', 'json'], '--format does not go with sbom'],
    [['sbom', 'a', '--ci'], '--ci does not go with sbom'],
    [['sbom', 'a', '-o', ' '], '-o needs a file name'],
  ])('refuses %j', (argv, error) => {
    expect(parseArgs(argv)).toEqual({ ok: false, error })
  })
})
