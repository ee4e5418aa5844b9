import { expect, it } from 'vitest';
import { changedInputs } from '../../geo/inputs.ts';

// geo's own tests need its 332 MB toolchain and run apart (`npm run test:geo`); this one keeps geo/out in step.
it('geo/out was built from the geo/ inputs beside it (geo/out/inputs.sha256)', () => {
  const changed = changedInputs();
  expect(changed, `geo/ inputs changed: run npm run geo and commit geo/out (${changed.join(', ')})`).toEqual([]);
});
