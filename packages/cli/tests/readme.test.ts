// Every `$ sobot-contact …` sample in the README (English and Chinese) is real: run it with the built binary and compare.
import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'

const bin = fileURLToPath(new URL('../dist/cli.js', import.meta.url))
const readmes = ['README.md', 'README.zh-CN.md'].map((file) => [file, readFileSync(new URL('../' + file, import.meta.url), 'utf8')] as const)

// A working directory holding the README's key files (made-up keys) and `sobot-contact` on PATH.
const cwd = mkdtempSync(join(tmpdir(), 'sobot-readme-'))
writeFileSync(join(cwd, 'channel.key'), '0123456789abcdef\n')
writeFileSync(join(cwd, 'other.key'), 'fedcba9876543210\n')
mkdirSync(join(cwd, 'bin'))
symlinkSync(bin, join(cwd, 'bin', 'sobot-contact'))

interface Sample {
  file: string
  command: string
  output: string
}

const samples: Sample[] = []
for (const [file, readme] of readmes) {
  for (const block of readme.matchAll(/```console\n([\s\S]*?)```/g)) {
    let current: Sample | undefined
    for (const line of block[1]!.split('\n')) {
      if (line.startsWith('$ ')) samples.push((current = { file, command: line.slice(2), output: '' }))
      else if (current) current.output += line + '\n'
    }
  }
}

describe('README samples', () => {
  it('has samples for the four commands', () => {
    for (const cmd of ['encode', 'inspect', 'decode', 'unionid encrypt', 'unionid decrypt']) {
      expect(samples.some((s) => s.command.includes('sobot-contact ' + cmd))).toBe(true)
    }
  })

  it('the Chinese README shows the same samples as the English one', () => {
    const of = (file: string) => samples.filter((s) => s.file === file).map(({ command, output }) => ({ command, output }))
    expect(of('README.md').length).toBeGreaterThan(0)
    expect(of('README.zh-CN.md')).toEqual(of('README.md'))
  })

  it.each(samples.filter((s) => s.file === 'README.md').map((s) => [s.command, s] as const))('%s', (_, sample) => {
    const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', PATH: join(cwd, 'bin') + delimiter + process.env.PATH }
    delete env.SOBOT_CHANNEL_KEY
    const r = spawnSync('bash', ['-c', `{ ${sample.command}\n} 2>&1`], { cwd, env, encoding: 'utf8' })
    expect(r.stdout.trimEnd()).toBe(sample.output.trimEnd())
  })
})
