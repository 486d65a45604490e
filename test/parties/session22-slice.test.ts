import { isHeldOut, session22Letters } from '../../corpus/parties/session22-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 22 slice', session22Letters(), isHeldOut, 30);
