import { Fn, type Stack } from 'aws-cdk-lib';

/**
 * The last group of the stack's own id (a UUID CloudFormation makes when the stack is created). A
 * resource that must be named, and is retained when its stack goes, carries it: the same name on every
 * update of one stack, a new one for a new stack, so a redeploy never collides with what a deleted
 * stack left behind.
 */
export function stackUniqueSuffix(stack: Stack): string {
  return Fn.select(4, Fn.split('-', Fn.select(2, Fn.split('/', stack.stackId))));
}

/** A function's name as a construct id: 'write-letters' → 'WriteLetters'. */
export function pascal(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_, __, c: string) => c.toUpperCase());
}
