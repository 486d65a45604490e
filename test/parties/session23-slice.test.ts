import { isHeldOut, session23Letters } from '../../corpus/parties/session23-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 23 slice', session23Letters(), isHeldOut, 30);
