import type { DockerfileFinding } from '../../../shared/model/dockerfile'
import { envPairs, words } from '../advisor/build-lines'
import { baseStageOf, finalInstructions, type DockerfileModelShape } from './findings-model'

/** ADD of a URL, the user the final image runs as, and secrets baked into ENV or ARG. */
export function configFindings(model: DockerfileModelShape): DockerfileFinding[] {
  return [...remoteAddFindings(model), ...userFindings(model), ...secretFindings(model)]
}

function remoteAddFindings(model: DockerfileModelShape): DockerfileFinding[] {
  return model.instructions
    .filter((i) => i.keyword === 'ADD' && words(i.text).some((word) => /^https?:\/\//i.test(word)))
    .map((i) => ({
      rule: 'add-remote-url',
      severity: 'warning' as const,
      line: i.line,
      message: 'ADD fetches the URL with no integrity check and keeps the download in a layer: use ADD --checksum=sha256:…, or curl with a checksum check in a RUN (in a build stage).',
    }))
}

/** Images that already run as an unprivileged user by default. */
const NONROOT_BASE = /(:|-)nonroot\b/

function userFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const users = finalInstructions(model).filter((i) => i.keyword === 'USER')
  const last = users[users.length - 1]
  if (last) {
    const user = last.text.trim().split(':')[0] ?? ''
    if (user !== 'root' && user !== '0') return []
    return [{ rule: 'no-user', severity: 'info', line: last.line, message: 'The final stage ends as root: switch to an unprivileged user (USER 65532, or a user you create) after the steps that need root.' }]
  }
  if (model.finalBase && NONROOT_BASE.test(model.finalBase)) return []
  const from = model.stages[model.finalStage] ?? baseStageOf(model, model.finalStage)
  return [{ rule: 'no-user', severity: 'info', line: from?.line ?? 1, message: 'The final stage sets no USER, so the container runs as root: add USER 65532 (or a user you create) near the end.' }]
}

// Matched against the name's words, so TOKEN_URL is caught and TOKENIZERS_PARALLELISM is not.
const SECRET_NAME = /(^|_)(PASSWORD|PASSWD|PASSPHRASE|SECRET|TOKEN|API_?KEY|PRIVATE_?KEY|ACCESS_?KEY|SECRET_ACCESS_KEY|CREDENTIALS?)(_|$)/i
// A name that points at a secret rather than holding one: the file or path is fine to set.
const POINTER_NAME = /_(FILE|PATH|DIR|NAME|URL_FILE)$/i

export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(name) && !POINTER_NAME.test(name)
}

function secretFindings(model: DockerfileModelShape): DockerfileFinding[] {
  const findings: DockerfileFinding[] = []
  for (const i of model.instructions) {
    if (i.keyword !== 'ENV' && i.keyword !== 'ARG') continue
    const pairs = i.keyword === 'ENV' ? envPairs(i.text) : argPairs(i.text)
    for (const [name, value] of pairs) {
      if (value === '' || !isSecretName(name)) continue
      findings.push({
        rule: 'secret-in-env',
        severity: 'error',
        line: i.line,
        message: `${i.keyword} ${name} puts a secret in the image's history and config, readable by anyone who pulls it: pass it at build time with RUN --mount=type=secret,id=${name.toLowerCase()} and at run time through the environment or a secrets store.`,
      })
    }
  }
  return findings
}

function argPairs(args: string): Array<[string, string]> {
  return words(args).flatMap((word) => {
    const at = word.indexOf('=')
    return at > 0 ? [[word.slice(0, at), word.slice(at + 1)] as [string, string]] : []
  })
}
