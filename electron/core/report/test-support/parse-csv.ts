/** A small RFC 4180 reader, enough to prove what a spreadsheet would see. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let field = ''
  let quoted = false
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index] ?? ''
    const next = text[index + 1]
    if (quoted && character === '"' && next === '"') {
      field += '"'
      index += 1
    } else if (character === '"') {
      quoted = !quoted
    } else if (!quoted && character === ',') {
      row.push(field)
      field = ''
    } else if (!quoted && character === '\r' && next === '\n') {
      rows.push([...row, field])
      row = []
      field = ''
      index += 1
    } else {
      field += character
    }
  }
  return rows
}
