/** "1 participant", "3 participants"; `many` for irregular plurals ("1 person", "2 people"). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
