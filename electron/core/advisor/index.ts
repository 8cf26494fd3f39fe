// The advisor's public face: what services, the CLI and the Dockerfile analysis import.
export { adviseForImage, adviseForReference, type AdviseForImageInput, type AdviseForReferenceInput } from './advise-entry'
export { advise, type AdviseInput } from './advise'
export { deriveFacts, type AdvisorFacts, type FactsInput, type WorkloadFacts } from './advisor-facts'
export { linesFromHistory, type BuildLine } from './build-lines'
export { NATIVE_PYTHON, readNativeCode, type GlibcNeed, type NativeCodeFacts } from './native-code'
export { finalBuildNeed } from './final-build'
export { NEED_ROWS, LINE_ROWS, needText, type Need } from './decision-table'
