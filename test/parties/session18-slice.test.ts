import { isHeldOut, session18Letters } from '../../corpus/parties/session18-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 18 slice', session18Letters(), isHeldOut, 50);
