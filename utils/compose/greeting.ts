/** The name in the draft's greeting line ("Hi Sam," → "Sam"), for the feedback's placeholders. */
const GREETING =
  /^(?:hi|hello|hey|dear|good (?:morning|afternoon)|hej|hejsan|hallå|kära|bästa|hei|hallo|kjære|kære|goddag|god dag)\s+([^,!.\n]{1,60}?)\s*[,!.]?\s*$/iu;

export function greetingName(text: string): string {
  const first = text.split('\n').find((line) => line.trim().length > 0) ?? '';
  return first.trim().match(GREETING)?.[1]?.trim() ?? '';
}
