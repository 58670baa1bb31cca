import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distributionFromOptunaJson, JournalError, replayOptunaJournal } from './optuna-journal';

// Written operation by operation from optuna/storages/journal/_storage.py; see test/fixtures/optuna/README.md.
const JOURNAL = readFileSync(new URL('../../../test/fixtures/optuna/journal.log', import.meta.url), 'utf8');

describe('replayOptunaJournal', () => {
  it('replays studies and trials as Optuna does: deleted studies dropped, updates to finished trials skipped', () => {
    const studies = replayOptunaJournal(JOURNAL);
    expect(studies.map((s) => s.name)).toEqual(['jet-tagger-lr']);
    const [study] = studies;
    expect(study!.directions).toEqual(['minimize']);
    expect(study!.userAttrs).toEqual({ owner: 'cms-ml' });
    expect(study!.trials.map((t) => [t.number, t.state, t.values?.[0] ?? null])).toEqual([
      [0, 'COMPLETE', 0.42],
      [1, 'PRUNED', null],
      [2, 'COMPLETE', 0.35],
      [3, 'FAIL', null],
      [4, 'RUNNING', null],
      [5, 'WAITING', null],
    ]);
    expect(study!.trials[0]!.intermediate).toEqual([
      { step: 0, value: 0.9 },
      { step: 1, value: 0.6 },
    ]);
    // Categorical parameters are stored as the index of the choice; the enqueued trial's too.
    expect(study!.trials[3]!.params).toEqual({ lr: 0.09, optimizer: 'rmsprop', layers: 8 });
    expect(study!.trials[5]!.params).toEqual({ lr: 0.01, optimizer: 'adam', layers: 5 });
  });

  it('reads legacy distribution classes and the abbreviated form', () => {
    expect(
      distributionFromOptunaJson('{"name": "LogUniformDistribution", "attributes": {"low": 0.001, "high": 1}}'),
    ).toEqual({
      type: 'float',
      low: 0.001,
      high: 1,
      log: true,
      step: null,
    });
    expect(
      distributionFromOptunaJson(
        '{"name": "DiscreteUniformDistribution", "attributes": {"low": 0, "high": 1, "q": 0.1}}',
      ),
    ).toMatchObject({
      step: 0.1,
    });
    expect(distributionFromOptunaJson({ type: 'int', low: 1, high: 9 })).toEqual({
      type: 'int',
      low: 1,
      high: 9,
      log: false,
      step: 1,
    });
  });

  it('names the line of a malformed operation, and ignores a torn last line', () => {
    expect(() => replayOptunaJournal('{"op_code": 42, "worker_id": "w"}\n')).toThrow(JournalError);
    expect(() => replayOptunaJournal('nope\n{"op_code": 1, "worker_id": "w", "study_id": 0}\n')).toThrow('line 1');
    expect(
      replayOptunaJournal('{"op_code": 0, "worker_id": "w", "study_name": "s", "directions": [2]}\n{"op_co'),
    ).toHaveLength(1);
  });
});
