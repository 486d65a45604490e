import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { type Archive, EventBus } from 'aws-cdk-lib/aws-events';
import { CfnDiscoverer } from 'aws-cdk-lib/aws-eventschemas';
import { PolicyStatement } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { PipelineFunction } from './pipeline-function.ts';

/** SPEC.md "Events": every postmottak event has this source; its detail-type is the event's type. */
export const eventSource = 'postmottak';
/** The environment variable naming the bus, read by the EventBridge adapter of the event publisher. */
export const eventBusEnv = 'EVENT_BUS_NAME';

export interface EventsBusProps {
  readonly archiveRetentionDays: number;
  /** The schema registry discoverer (off by default: it bills per discovered event and is for development). */
  readonly schemaDiscovery: boolean;
}

/**
 * The bus downstream systems subscribe to with rules of their own. Events carry identifiers, types,
 * areas, dates and queue names, never a national id or document text (SPEC.md), so the bus keeps
 * EventBridge's own encryption; the archive lets a consumer that missed events replay them.
 */
export class EventsBus extends Construct {
  readonly bus: EventBus;
  readonly archive: Archive;
  readonly discoverer?: CfnDiscoverer;

  constructor(scope: Construct, id: string, props: EventsBusProps) {
    super(scope, id);
    this.bus = new EventBus(this, 'Bus', { description: 'postmottak events (source "postmottak", detail-type = event type)' });
    this.archive = this.bus.archive('Archive', {
      description: 'Every postmottak event, for replay by a consumer that missed some',
      eventPattern: { source: [eventSource] },
      retention: Duration.days(props.archiveRetentionDays),
    });
    // 365 days of replay for a consumer that missed some: kept when the stack is deleted or the archive replaced (QA s13 L1).
    this.archive.applyRemovalPolicy(RemovalPolicy.RETAIN);
    if (props.schemaDiscovery) {
      this.discoverer = new CfnDiscoverer(this, 'SchemaDiscoverer', {
        sourceArn: this.bus.eventBusArn,
        description: 'Discovers the schemas of postmottak events (the authoritative ones are schemas/json/events/)',
        crossAccount: false,
      });
    }
  }

  /** PutEvents on this bus only, with the source postmottak only, and the bus's name in the function's environment. */
  grantPublish(fn: PipelineFunction): void {
    fn.allow(new PolicyStatement({ actions: ['events:PutEvents'], resources: [this.bus.eventBusArn], conditions: { StringEquals: { 'events:source': eventSource } } }));
    fn.function.addEnvironment(eventBusEnv, this.bus.eventBusName);
  }
}
