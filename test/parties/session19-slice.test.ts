import { isHeldOut, session19Letters } from '../../corpus/parties/session19-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 19 slice', session19Letters(), isHeldOut, 50);
