import { describe, expect, it } from 'vitest';
import { AreaFileSchema, ErasFileSchema } from './schema.ts';
import type { AreaFile, ErasFile } from './schema.ts';
import { buildPeriodsData, formatValidationError, validatePeriods } from './validate.ts';
import { EVENT_DATES } from './testing/expected.ts';

const events = { ...EVENT_DATES, '1999-imprecise': '1999' };

const period = (holder: string, from: string, until: string | null, extra: Record<string, unknown> = {}) => ({
  holder,
  state_label: 'Label',
  from_event: from,
  until_event: until,
  summary: 'A full sentence.',
  ...extra,
});

const urup = (...periods: unknown[]): AreaFile => AreaFileSchema.parse({ area: 'urup', name_en: 'Urup', periods });
const valid = [
  period('russia', '1855-shimoda', '1875-saint-petersburg'),
  period('japan', '1875-saint-petersburg', '1945-soviet-occupation'),
  period('russia', '1945-soviet-occupation', null, { claimed_by: 'japan' }),
];
const eras: ErasFile = ErasFileSchema.parse({
  eras: ['1855-shimoda', '1875-saint-petersburg', '1945-soviet-occupation'].map((event) => ({
    event,
    title: event,
    status_line: `From ${event}.`,
  })),
});

const check = (data: AreaFile, e: ErasFile | null = eras) =>
  validatePeriods({ areas: [{ file: 'p/urup.yaml', data }], eras: e && { file: 'p/eras.yaml', data: e }, events });

describe('validatePeriods', () => {
  it('accepts contiguous periods from 1855-shimoda to today', () => {
    expect(check(urup(...valid))).toEqual([]);
    const built = buildPeriodsData({
      areas: [{ file: 'p/urup.yaml', data: urup(...valid) }],
      eras: { file: 'p/eras.yaml', data: eras },
      events,
    });
    expect(built.areas[0]?.periods[2]).toEqual({
      holder: 'russia',
      stateLabel: 'Label',
      claimedBy: 'japan',
      fromEvent: '1945-soviet-occupation',
      fromDate: '1945-08-18',
      untilEvent: null,
      untilDate: null,
    });
    expect(built.eras[1]).toEqual({
      event: '1875-saint-petersburg',
      date: '1875-05-07',
      title: '1875-saint-petersburg',
      statusLine: 'From 1875-saint-petersburg.',
    });
    expect(JSON.parse(JSON.stringify(built))).toEqual(built);
  });

  it('gap', () => {
    const errs = check(urup(valid[0], period('japan', '1905-portsmouth', '1945-soviet-occupation'), valid[2]));
    expect(errs).toEqual([
      expect.objectContaining({
        file: 'p/urup.yaml',
        path: ['periods', 1, 'from_event'],
        message: expect.stringMatching(/^gap:/),
      }),
      expect.objectContaining({ file: 'p/eras.yaml', message: expect.stringContaining('1905-portsmouth') }),
    ]);
  });

  it('overlap', () => {
    const errs = check(urup(valid[0], period('japan', '1855-shimoda', '1945-soviet-occupation'), valid[2]));
    expect(errs).toEqual([
      expect.objectContaining({ path: ['periods', 1, 'from_event'], message: expect.stringMatching(/^overlap:/) }),
    ]);
  });

  it('same date, different event', () => {
    const errs = validatePeriods({
      areas: [
        {
          file: 'p/urup.yaml',
          data: urup(valid[0], period('japan', '1875-other', '1945-soviet-occupation'), valid[2]),
        },
      ],
      eras: null,
      events: { ...events, '1875-other': '1875-05-07' },
    });
    expect(errs).toEqual([expect.objectContaining({ message: expect.stringMatching(/^boundary mismatch:/) })]);
  });

  it('unknown event id', () => {
    const errs = check(
      urup(valid[0], period('japan', '1875-saint-petersburg', '1944-nothing'), period('russia', '1944-nothing', null)),
    );
    expect(errs.filter((e) => e.file === 'p/urup.yaml')).toEqual([
      expect.objectContaining({
        path: ['periods', 1, 'until_event'],
        message: expect.stringContaining('unknown event id "1944-nothing"'),
      }),
      expect.objectContaining({
        path: ['periods', 2, 'from_event'],
        message: expect.stringContaining('unknown event id "1944-nothing"'),
      }),
    ]);
  });

  it('wrong first event', () => {
    const errs = check(urup(period('russia', '1875-saint-petersburg', '1945-soviet-occupation'), valid[2]));
    expect(errs).toEqual([
      expect.objectContaining({
        path: ['periods', 0, 'from_event'],
        message: expect.stringContaining('must start at 1855-shimoda'),
      }),
    ]);
  });

  it('a boundary date that is not its event date, or not a full date', () => {
    const wrongDate = check(
      urup(
        valid[0],
        period('japan', '1875-saint-petersburg', '1945-soviet-occupation', { from_date: '1875-05-08' }),
        valid[2],
      ),
    );
    expect(wrongDate).toEqual([
      expect.objectContaining({
        path: ['periods', 1, 'from_date'],
        message: expect.stringContaining('is not the date of event "1875-saint-petersburg" (1875-05-07)'),
      }),
    ]);
    const imprecise = check(
      urup(
        valid[0],
        period('japan', '1875-saint-petersburg', '1999-imprecise'),
        period('russia', '1999-imprecise', null),
      ),
    );
    expect(imprecise.filter((e) => e.file === 'p/urup.yaml').map((e) => e.message)).toEqual([
      expect.stringContaining('a boundary needs an event with a full date'),
      expect.stringContaining('a boundary needs an event with a full date'),
    ]);
  });

  it('open-ended in the middle, closed at the end, backwards', () => {
    const closed = check(urup(valid[0], valid[1]));
    expect(closed.map((e) => e.message)).toEqual([expect.stringContaining('the last period must be in force today')]);
    const openMiddle = check(urup(valid[0], period('japan', '1875-saint-petersburg', null), valid[2]));
    expect(openMiddle.map((e) => e.message)).toEqual([
      expect.stringContaining('only the last period may be in force today'),
    ]);
    const backwards = check(
      urup(period('russia', '1855-shimoda', '1855-shimoda'), period('japan', '1855-shimoda', null)),
      null,
    );
    expect(backwards.map((e) => e.message)).toEqual([expect.stringContaining('on or before it starts')]);
  });

  it('file name, duplicate area, claimant equal to holder', () => {
    const data = urup(valid[0], valid[1], period('russia', '1945-soviet-occupation', null, { claimed_by: 'russia' }));
    const errs = validatePeriods({
      areas: [
        { file: 'p/iturup.yaml', data },
        { file: 'p/urup.yaml', data },
      ],
      eras: null,
      events,
    });
    expect(errs.map((e) => `${e.file} ${e.message}`)).toEqual([
      expect.stringMatching(/^p\/iturup.yaml area "urup" does not match the file name/),
      expect.stringMatching(/^p\/iturup.yaml claimed_by "russia" is the holder itself/),
      expect.stringMatching(/^p\/urup.yaml area "urup" is already defined in p\/iturup.yaml/),
      expect.stringMatching(/^p\/urup.yaml claimed_by "russia" is the holder itself/),
    ]);
  });

  it('eras: first event, order, duplicates, a period start without an era', () => {
    const bad = ErasFileSchema.parse({
      eras: ['1875-saint-petersburg', '1855-shimoda', '1855-shimoda'].map((event) => ({
        event,
        title: 'T',
        status_line: 'S.',
      })),
    });
    const msgs = check(urup(...valid), bad).map((e) => e.message);
    expect(msgs).toEqual([
      expect.stringContaining('the first era must start at 1855-shimoda'),
      expect.stringContaining('eras must be in date order'),
      expect.stringContaining('starts two eras'),
      expect.stringContaining('eras must be in date order'),
      expect.stringContaining('no era starts at "1945-soviet-occupation"'),
    ]);
  });

  it('formats errors', () => {
    expect(formatValidationError({ file: 'a.yaml', path: [], message: 'm' })).toBe('a.yaml: m');
    expect(formatValidationError({ file: 'a.yaml', path: [], message: 'm' }, 3)).toBe('a.yaml:3: m');
  });
});

describe('schema', () => {
  it('rejects unknown holders, unknown fields, fragments', () => {
    const r = AreaFileSchema.safeParse({
      area: 'urup',
      name_en: 'Urup',
      periods: [period('china', '1855-shimoda', null, { colour: 'red', summary: 'then russian' })],
    });
    expect(r.success).toBe(false);
    const codes = r.error!.issues.map((i) => `${i.path.join('.')} ${i.code}`);
    expect(codes).toEqual(
      expect.arrayContaining([
        'periods.0.holder invalid_value',
        'periods.0 unrecognized_keys',
        'periods.0.summary custom',
      ]),
    );
  });
  it('rejects unknown areas and bad event ids', () => {
    expect(
      AreaFileSchema.safeParse({ area: 'sakhalin', name_en: 'S', periods: [period('russia', '1855-shimoda', null)] })
        .success,
    ).toBe(false);
    expect(
      AreaFileSchema.safeParse({ area: 'urup', name_en: 'U', periods: [period('russia', '../x', null)] }).success,
    ).toBe(false);
  });
});
