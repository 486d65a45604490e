import { isHeldOut, session24Letters } from '../../corpus/parties/session24-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 24 slice', session24Letters(), isHeldOut, 30);
