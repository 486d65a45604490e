import { isHeldOut, session17Letters } from '../../corpus/parties/session17-writers.ts';
import { describeHandSlice } from './hand-slice.ts';

describeHandSlice('session 17 slice', session17Letters(), isHeldOut, 60);
