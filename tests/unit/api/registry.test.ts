import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { joinCommandTables } from '../../../shared/api/define';
import { handlerTables } from '../../../server/api/create-api';
import { workshopHandlers } from '../../../server/api/handlers/workshops';
import { createRegistry } from '../../../server/api/registry';
import { commandNames } from '../../../shared/api/contract';

describe('the api registry', () => {
  it('binds every command of the contract to exactly one handler', () => {
    const registry = createRegistry(handlerTables);
    expect([...registry.keys()].sort()).toEqual([...commandNames].sort());
  });

  it('refuses a command handled twice', () => {
    const twice = [...handlerTables, { 'workshops:list': workshopHandlers['workshops:list'] }];
    expect(() => createRegistry(twice)).toThrow('Command "workshops:list" has two handlers');
  });

  it('refuses a handler for a command the contract does not know', () => {
    const stray = { 'workshops:explode': () => null } as unknown as (typeof handlerTables)[number];
    expect(() => createRegistry([...handlerTables, stray])).toThrow(
      'not a command of the api contract',
    );
  });

  it('refuses a contract command left without a handler', () => {
    expect(() => createRegistry(handlerTables.slice(1))).toThrow('Commands without a handler');
  });
});

describe('joining command tables', () => {
  const spec = { input: z.strictObject({}), output: z.null() };

  it('keeps every command of every table', () => {
    expect(Object.keys(joinCommandTables({ 'a:one': spec }, { 'b:two': spec }))).toEqual([
      'a:one',
      'b:two',
    ]);
  });

  it('refuses a command name defined in two tables', () => {
    expect(() => joinCommandTables({ 'a:one': spec }, { 'a:one': spec })).toThrow(
      'Command "a:one" is defined twice',
    );
  });
});
