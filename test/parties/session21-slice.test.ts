import { isHeldOut, session21Letters } from '../../corpus/parties/session21-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 21 slice', session21Letters(), isHeldOut, 30);
