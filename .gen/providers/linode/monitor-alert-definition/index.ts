// https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface MonitorAlertDefinitionConfig extends cdktf.TerraformMetaArguments {
  /**
  * The identifiers for the alert channels to use for the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#channel_ids MonitorAlertDefinition#channel_ids}
  */
  readonly channelIds: number[];
  /**
  * An additional description for the alert definition.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#description MonitorAlertDefinition#description}
  */
  readonly description?: string;
  /**
  * The id for each individual entity from a service_type.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#entity_ids MonitorAlertDefinition#entity_ids}
  */
  readonly entityIds?: string[];
  /**
  * The name of the alert definition.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#label MonitorAlertDefinition#label}
  */
  readonly label: string;
  /**
  * The regions the alert definition applies to. Only used for region-scoped alerts.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#regions MonitorAlertDefinition#regions}
  */
  readonly regions?: string[];
  /**
  * Details for the rules required to trigger the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#rule_criteria MonitorAlertDefinition#rule_criteria}
  */
  readonly ruleCriteria: MonitorAlertDefinitionRuleCriteria;
  /**
  * The scope of the alert definition. Allowed values: account, entity, region. Defaults to entity.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#scope MonitorAlertDefinition#scope}
  */
  readonly scope?: string;
  /**
  * The Akamai Cloud Computing service being monitored.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#service_type MonitorAlertDefinition#service_type}
  */
  readonly serviceType: string;
  /**
  * The severity of the alert. Supported values: 3 for info, 2 for low, 1 for medium, 0 for severe.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#severity MonitorAlertDefinition#severity}
  */
  readonly severity: number;
  /**
  * The current status of the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#status MonitorAlertDefinition#status}
  */
  readonly status?: string;
  /**
  * The conditions that need to be met to send a notification for the alert.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#trigger_conditions MonitorAlertDefinition#trigger_conditions}
  */
  readonly triggerConditions: MonitorAlertDefinitionTriggerConditions;
  /**
  * Wait for the alert definition ready (not in progress).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#wait_for MonitorAlertDefinition#wait_for}
  */
  readonly waitFor?: boolean | cdktf.IResolvable;
}
export interface MonitorAlertDefinitionAlertChannels {
}

export function monitorAlertDefinitionAlertChannelsToTerraform(struct?: MonitorAlertDefinitionAlertChannels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function monitorAlertDefinitionAlertChannelsToHclTerraform(struct?: MonitorAlertDefinitionAlertChannels): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class MonitorAlertDefinitionAlertChannelsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): MonitorAlertDefinitionAlertChannels | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionAlertChannels | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }
}

export class MonitorAlertDefinitionAlertChannelsList extends cdktf.ComplexList {

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): MonitorAlertDefinitionAlertChannelsOutputReference {
    return new MonitorAlertDefinitionAlertChannelsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface MonitorAlertDefinitionEntities {
}

export function monitorAlertDefinitionEntitiesToTerraform(struct?: MonitorAlertDefinitionEntities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function monitorAlertDefinitionEntitiesToHclTerraform(struct?: MonitorAlertDefinitionEntities): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class MonitorAlertDefinitionEntitiesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitorAlertDefinitionEntities | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionEntities | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // count - computed: true, optional: false, required: false
  public get count() {
    return this.getNumberAttribute('count');
  }

  // has_more_resources - computed: true, optional: false, required: false
  public get hasMoreResources() {
    return this.getBooleanAttribute('has_more_resources');
  }

  // url - computed: true, optional: false, required: false
  public get url() {
    return this.getStringAttribute('url');
  }
}
export interface MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters {
  /**
  * The name of the dimension to be used in the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#dimension_label MonitorAlertDefinition#dimension_label}
  */
  readonly dimensionLabel?: string;
  /**
  * The operator to apply to the dimension filter. Allowed values: eq, neq, startswith, endswith.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#operator MonitorAlertDefinition#operator}
  */
  readonly operator?: string;
  /**
  * The value to compare the dimension_label against.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#value MonitorAlertDefinition#value}
  */
  readonly value?: string;
}

export function monitorAlertDefinitionRuleCriteriaRulesDimensionFiltersToTerraform(struct?: MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    dimension_label: cdktf.stringToTerraform(struct!.dimensionLabel),
    operator: cdktf.stringToTerraform(struct!.operator),
    value: cdktf.stringToTerraform(struct!.value),
  }
}


export function monitorAlertDefinitionRuleCriteriaRulesDimensionFiltersToHclTerraform(struct?: MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    dimension_label: {
      value: cdktf.stringToHclTerraform(struct!.dimensionLabel),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    value: {
      value: cdktf.stringToHclTerraform(struct!.value),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._dimensionLabel !== undefined) {
      hasAnyValues = true;
      internalValueResult.dimensionLabel = this._dimensionLabel;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._value !== undefined) {
      hasAnyValues = true;
      internalValueResult.value = this._value;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._dimensionLabel = undefined;
      this._operator = undefined;
      this._value = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._dimensionLabel = value.dimensionLabel;
      this._operator = value.operator;
      this._value = value.value;
    }
  }

  // dimension_label - computed: true, optional: true, required: false
  private _dimensionLabel?: string; 
  public get dimensionLabel() {
    return this.getStringAttribute('dimension_label');
  }
  public set dimensionLabel(value: string) {
    this._dimensionLabel = value;
  }
  public resetDimensionLabel() {
    this._dimensionLabel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dimensionLabelInput() {
    return this._dimensionLabel;
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // operator - computed: true, optional: true, required: false
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  public resetOperator() {
    this._operator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // value - computed: true, optional: true, required: false
  private _value?: string; 
  public get value() {
    return this.getStringAttribute('value');
  }
  public set value(value: string) {
    this._value = value;
  }
  public resetValue() {
    this._value = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get valueInput() {
    return this._value;
  }
}

export class MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersList extends cdktf.ComplexList {
  public internalValue? : MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersOutputReference {
    return new MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface MonitorAlertDefinitionRuleCriteriaRules {
  /**
  * The aggregation function applied to the metric.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#aggregate_function MonitorAlertDefinition#aggregate_function}
  */
  readonly aggregateFunction?: string;
  /**
  * Individual objects that define dimension filters for the rule.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#dimension_filters MonitorAlertDefinition#dimension_filters}
  */
  readonly dimensionFilters?: MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters[] | cdktf.IResolvable;
  /**
  * The metric to query.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#metric MonitorAlertDefinition#metric}
  */
  readonly metric?: string;
  /**
  * The operator to apply to the metric. Allowed values: eq, gt, lt, gte, lte.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#operator MonitorAlertDefinition#operator}
  */
  readonly operator?: string;
  /**
  * The predefined value or condition that triggers an alert when met or exceeded.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#threshold MonitorAlertDefinition#threshold}
  */
  readonly threshold?: number;
}

export function monitorAlertDefinitionRuleCriteriaRulesToTerraform(struct?: MonitorAlertDefinitionRuleCriteriaRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    aggregate_function: cdktf.stringToTerraform(struct!.aggregateFunction),
    dimension_filters: cdktf.listMapper(monitorAlertDefinitionRuleCriteriaRulesDimensionFiltersToTerraform, false)(struct!.dimensionFilters),
    metric: cdktf.stringToTerraform(struct!.metric),
    operator: cdktf.stringToTerraform(struct!.operator),
    threshold: cdktf.numberToTerraform(struct!.threshold),
  }
}


export function monitorAlertDefinitionRuleCriteriaRulesToHclTerraform(struct?: MonitorAlertDefinitionRuleCriteriaRules | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    aggregate_function: {
      value: cdktf.stringToHclTerraform(struct!.aggregateFunction),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    dimension_filters: {
      value: cdktf.listMapperHcl(monitorAlertDefinitionRuleCriteriaRulesDimensionFiltersToHclTerraform, false)(struct!.dimensionFilters),
      isBlock: true,
      type: "list",
      storageClassType: "MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersList",
    },
    metric: {
      value: cdktf.stringToHclTerraform(struct!.metric),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    operator: {
      value: cdktf.stringToHclTerraform(struct!.operator),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    threshold: {
      value: cdktf.numberToHclTerraform(struct!.threshold),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MonitorAlertDefinitionRuleCriteriaRulesOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param complexObjectIndex the index of this item in the list
  * @param complexObjectIsFromSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string, complexObjectIndex: number, complexObjectIsFromSet: boolean) {
    super(terraformResource, terraformAttribute, complexObjectIsFromSet, complexObjectIndex);
  }

  public get internalValue(): MonitorAlertDefinitionRuleCriteriaRules | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._aggregateFunction !== undefined) {
      hasAnyValues = true;
      internalValueResult.aggregateFunction = this._aggregateFunction;
    }
    if (this._dimensionFilters?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.dimensionFilters = this._dimensionFilters?.internalValue;
    }
    if (this._metric !== undefined) {
      hasAnyValues = true;
      internalValueResult.metric = this._metric;
    }
    if (this._operator !== undefined) {
      hasAnyValues = true;
      internalValueResult.operator = this._operator;
    }
    if (this._threshold !== undefined) {
      hasAnyValues = true;
      internalValueResult.threshold = this._threshold;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionRuleCriteriaRules | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._aggregateFunction = undefined;
      this._dimensionFilters.internalValue = undefined;
      this._metric = undefined;
      this._operator = undefined;
      this._threshold = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._aggregateFunction = value.aggregateFunction;
      this._dimensionFilters.internalValue = value.dimensionFilters;
      this._metric = value.metric;
      this._operator = value.operator;
      this._threshold = value.threshold;
    }
  }

  // aggregate_function - computed: true, optional: true, required: false
  private _aggregateFunction?: string; 
  public get aggregateFunction() {
    return this.getStringAttribute('aggregate_function');
  }
  public set aggregateFunction(value: string) {
    this._aggregateFunction = value;
  }
  public resetAggregateFunction() {
    this._aggregateFunction = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get aggregateFunctionInput() {
    return this._aggregateFunction;
  }

  // dimension_filters - computed: true, optional: true, required: false
  private _dimensionFilters = new MonitorAlertDefinitionRuleCriteriaRulesDimensionFiltersList(this, "dimension_filters", false);
  public get dimensionFilters() {
    return this._dimensionFilters;
  }
  public putDimensionFilters(value: MonitorAlertDefinitionRuleCriteriaRulesDimensionFilters[] | cdktf.IResolvable) {
    this._dimensionFilters.internalValue = value;
  }
  public resetDimensionFilters() {
    this._dimensionFilters.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get dimensionFiltersInput() {
    return this._dimensionFilters.internalValue;
  }

  // label - computed: true, optional: false, required: false
  public get label() {
    return this.getStringAttribute('label');
  }

  // metric - computed: true, optional: true, required: false
  private _metric?: string; 
  public get metric() {
    return this.getStringAttribute('metric');
  }
  public set metric(value: string) {
    this._metric = value;
  }
  public resetMetric() {
    this._metric = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get metricInput() {
    return this._metric;
  }

  // operator - computed: true, optional: true, required: false
  private _operator?: string; 
  public get operator() {
    return this.getStringAttribute('operator');
  }
  public set operator(value: string) {
    this._operator = value;
  }
  public resetOperator() {
    this._operator = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get operatorInput() {
    return this._operator;
  }

  // threshold - computed: true, optional: true, required: false
  private _threshold?: number; 
  public get threshold() {
    return this.getNumberAttribute('threshold');
  }
  public set threshold(value: number) {
    this._threshold = value;
  }
  public resetThreshold() {
    this._threshold = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get thresholdInput() {
    return this._threshold;
  }

  // unit - computed: true, optional: false, required: false
  public get unit() {
    return this.getStringAttribute('unit');
  }
}

export class MonitorAlertDefinitionRuleCriteriaRulesList extends cdktf.ComplexList {
  public internalValue? : MonitorAlertDefinitionRuleCriteriaRules[] | cdktf.IResolvable

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  * @param wrapsSet whether the list is wrapping a set (will add tolist() to be able to access an item via an index)
  */
  constructor(protected terraformResource: cdktf.IInterpolatingParent, protected terraformAttribute: string, protected wrapsSet: boolean) {
    super(terraformResource, terraformAttribute, wrapsSet)
  }

  /**
  * @param index the index of the item to return
  */
  public get(index: number): MonitorAlertDefinitionRuleCriteriaRulesOutputReference {
    return new MonitorAlertDefinitionRuleCriteriaRulesOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface MonitorAlertDefinitionRuleCriteria {
  /**
  * The individual rules that make up the alert definition.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#rules MonitorAlertDefinition#rules}
  */
  readonly rules: MonitorAlertDefinitionRuleCriteriaRules[] | cdktf.IResolvable;
}

export function monitorAlertDefinitionRuleCriteriaToTerraform(struct?: MonitorAlertDefinitionRuleCriteria | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    rules: cdktf.listMapper(monitorAlertDefinitionRuleCriteriaRulesToTerraform, false)(struct!.rules),
  }
}


export function monitorAlertDefinitionRuleCriteriaToHclTerraform(struct?: MonitorAlertDefinitionRuleCriteria | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    rules: {
      value: cdktf.listMapperHcl(monitorAlertDefinitionRuleCriteriaRulesToHclTerraform, false)(struct!.rules),
      isBlock: true,
      type: "list",
      storageClassType: "MonitorAlertDefinitionRuleCriteriaRulesList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MonitorAlertDefinitionRuleCriteriaOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitorAlertDefinitionRuleCriteria | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._rules?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.rules = this._rules?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionRuleCriteria | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._rules.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._rules.internalValue = value.rules;
    }
  }

  // rules - computed: false, optional: false, required: true
  private _rules = new MonitorAlertDefinitionRuleCriteriaRulesList(this, "rules", false);
  public get rules() {
    return this._rules;
  }
  public putRules(value: MonitorAlertDefinitionRuleCriteriaRules[] | cdktf.IResolvable) {
    this._rules.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get rulesInput() {
    return this._rules.internalValue;
  }
}
export interface MonitorAlertDefinitionTriggerConditions {
  /**
  * The logical operation applied. Currently only 'ALL' allowed.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#criteria_condition MonitorAlertDefinition#criteria_condition}
  */
  readonly criteriaCondition?: string;
  /**
  * Time period over which data is collected before evaluating the threshold.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#evaluation_period_seconds MonitorAlertDefinition#evaluation_period_seconds}
  */
  readonly evaluationPeriodSeconds?: number;
  /**
  * Frequency at which the metric is checked.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#polling_interval_seconds MonitorAlertDefinition#polling_interval_seconds}
  */
  readonly pollingIntervalSeconds?: number;
  /**
  * Minimum consecutive polling periods for threshold breach.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#trigger_occurrences MonitorAlertDefinition#trigger_occurrences}
  */
  readonly triggerOccurrences?: number;
}

export function monitorAlertDefinitionTriggerConditionsToTerraform(struct?: MonitorAlertDefinitionTriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    criteria_condition: cdktf.stringToTerraform(struct!.criteriaCondition),
    evaluation_period_seconds: cdktf.numberToTerraform(struct!.evaluationPeriodSeconds),
    polling_interval_seconds: cdktf.numberToTerraform(struct!.pollingIntervalSeconds),
    trigger_occurrences: cdktf.numberToTerraform(struct!.triggerOccurrences),
  }
}


export function monitorAlertDefinitionTriggerConditionsToHclTerraform(struct?: MonitorAlertDefinitionTriggerConditions | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    criteria_condition: {
      value: cdktf.stringToHclTerraform(struct!.criteriaCondition),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    evaluation_period_seconds: {
      value: cdktf.numberToHclTerraform(struct!.evaluationPeriodSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    polling_interval_seconds: {
      value: cdktf.numberToHclTerraform(struct!.pollingIntervalSeconds),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    trigger_occurrences: {
      value: cdktf.numberToHclTerraform(struct!.triggerOccurrences),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class MonitorAlertDefinitionTriggerConditionsOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;
  private resolvableValue?: cdktf.IResolvable;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false);
  }

  public get internalValue(): MonitorAlertDefinitionTriggerConditions | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._criteriaCondition !== undefined) {
      hasAnyValues = true;
      internalValueResult.criteriaCondition = this._criteriaCondition;
    }
    if (this._evaluationPeriodSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.evaluationPeriodSeconds = this._evaluationPeriodSeconds;
    }
    if (this._pollingIntervalSeconds !== undefined) {
      hasAnyValues = true;
      internalValueResult.pollingIntervalSeconds = this._pollingIntervalSeconds;
    }
    if (this._triggerOccurrences !== undefined) {
      hasAnyValues = true;
      internalValueResult.triggerOccurrences = this._triggerOccurrences;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: MonitorAlertDefinitionTriggerConditions | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._criteriaCondition = undefined;
      this._evaluationPeriodSeconds = undefined;
      this._pollingIntervalSeconds = undefined;
      this._triggerOccurrences = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._criteriaCondition = value.criteriaCondition;
      this._evaluationPeriodSeconds = value.evaluationPeriodSeconds;
      this._pollingIntervalSeconds = value.pollingIntervalSeconds;
      this._triggerOccurrences = value.triggerOccurrences;
    }
  }

  // criteria_condition - computed: true, optional: true, required: false
  private _criteriaCondition?: string; 
  public get criteriaCondition() {
    return this.getStringAttribute('criteria_condition');
  }
  public set criteriaCondition(value: string) {
    this._criteriaCondition = value;
  }
  public resetCriteriaCondition() {
    this._criteriaCondition = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get criteriaConditionInput() {
    return this._criteriaCondition;
  }

  // evaluation_period_seconds - computed: true, optional: true, required: false
  private _evaluationPeriodSeconds?: number; 
  public get evaluationPeriodSeconds() {
    return this.getNumberAttribute('evaluation_period_seconds');
  }
  public set evaluationPeriodSeconds(value: number) {
    this._evaluationPeriodSeconds = value;
  }
  public resetEvaluationPeriodSeconds() {
    this._evaluationPeriodSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get evaluationPeriodSecondsInput() {
    return this._evaluationPeriodSeconds;
  }

  // polling_interval_seconds - computed: true, optional: true, required: false
  private _pollingIntervalSeconds?: number; 
  public get pollingIntervalSeconds() {
    return this.getNumberAttribute('polling_interval_seconds');
  }
  public set pollingIntervalSeconds(value: number) {
    this._pollingIntervalSeconds = value;
  }
  public resetPollingIntervalSeconds() {
    this._pollingIntervalSeconds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get pollingIntervalSecondsInput() {
    return this._pollingIntervalSeconds;
  }

  // trigger_occurrences - computed: true, optional: true, required: false
  private _triggerOccurrences?: number; 
  public get triggerOccurrences() {
    return this.getNumberAttribute('trigger_occurrences');
  }
  public set triggerOccurrences(value: number) {
    this._triggerOccurrences = value;
  }
  public resetTriggerOccurrences() {
    this._triggerOccurrences = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerOccurrencesInput() {
    return this._triggerOccurrences;
  }
}

/**
* Represents a {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition linode_monitor_alert_definition}
*/
export class MonitorAlertDefinition extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "linode_monitor_alert_definition";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a MonitorAlertDefinition resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the MonitorAlertDefinition to import
  * @param importFromId The id of the existing MonitorAlertDefinition that should be imported. Refer to the {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the MonitorAlertDefinition to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "linode_monitor_alert_definition", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/monitor_alert_definition linode_monitor_alert_definition} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options MonitorAlertDefinitionConfig
  */
  public constructor(scope: Construct, id: string, config: MonitorAlertDefinitionConfig) {
    super(scope, id, {
      terraformResourceType: 'linode_monitor_alert_definition',
      terraformGeneratorMetadata: {
        providerName: 'linode',
        providerVersion: '3.13.0',
        providerVersionConstraint: '3.13.0'
      },
      provider: config.provider,
      dependsOn: config.dependsOn,
      count: config.count,
      lifecycle: config.lifecycle,
      provisioners: config.provisioners,
      connection: config.connection,
      forEach: config.forEach
    });
    this._channelIds = config.channelIds;
    this._description = config.description;
    this._entityIds = config.entityIds;
    this._label = config.label;
    this._regions = config.regions;
    this._ruleCriteria.internalValue = config.ruleCriteria;
    this._scope = config.scope;
    this._serviceType = config.serviceType;
    this._severity = config.severity;
    this._status = config.status;
    this._triggerConditions.internalValue = config.triggerConditions;
    this._waitFor = config.waitFor;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // alert_channels - computed: true, optional: false, required: false
  private _alertChannels = new MonitorAlertDefinitionAlertChannelsList(this, "alert_channels", false);
  public get alertChannels() {
    return this._alertChannels;
  }

  // channel_ids - computed: false, optional: false, required: true
  private _channelIds?: number[]; 
  public get channelIds() {
    return this.getNumberListAttribute('channel_ids');
  }
  public set channelIds(value: number[]) {
    this._channelIds = value;
  }
  // Temporarily expose input value. Use with caution.
  public get channelIdsInput() {
    return this._channelIds;
  }

  // class - computed: true, optional: false, required: false
  public get class() {
    return this.getStringAttribute('class');
  }

  // created - computed: true, optional: false, required: false
  public get created() {
    return this.getStringAttribute('created');
  }

  // created_by - computed: true, optional: false, required: false
  public get createdBy() {
    return this.getStringAttribute('created_by');
  }

  // description - computed: true, optional: true, required: false
  private _description?: string; 
  public get description() {
    return this.getStringAttribute('description');
  }
  public set description(value: string) {
    this._description = value;
  }
  public resetDescription() {
    this._description = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get descriptionInput() {
    return this._description;
  }

  // entities - computed: true, optional: false, required: false
  private _entities = new MonitorAlertDefinitionEntitiesOutputReference(this, "entities");
  public get entities() {
    return this._entities;
  }

  // entity_ids - computed: false, optional: true, required: false
  private _entityIds?: string[]; 
  public get entityIds() {
    return this.getListAttribute('entity_ids');
  }
  public set entityIds(value: string[]) {
    this._entityIds = value;
  }
  public resetEntityIds() {
    this._entityIds = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get entityIdsInput() {
    return this._entityIds;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // label - computed: false, optional: false, required: true
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // regions - computed: true, optional: true, required: false
  private _regions?: string[]; 
  public get regions() {
    return this.getListAttribute('regions');
  }
  public set regions(value: string[]) {
    this._regions = value;
  }
  public resetRegions() {
    this._regions = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get regionsInput() {
    return this._regions;
  }

  // rule_criteria - computed: false, optional: false, required: true
  private _ruleCriteria = new MonitorAlertDefinitionRuleCriteriaOutputReference(this, "rule_criteria");
  public get ruleCriteria() {
    return this._ruleCriteria;
  }
  public putRuleCriteria(value: MonitorAlertDefinitionRuleCriteria) {
    this._ruleCriteria.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get ruleCriteriaInput() {
    return this._ruleCriteria.internalValue;
  }

  // scope - computed: true, optional: true, required: false
  private _scope?: string; 
  public get scope() {
    return this.getStringAttribute('scope');
  }
  public set scope(value: string) {
    this._scope = value;
  }
  public resetScope() {
    this._scope = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get scopeInput() {
    return this._scope;
  }

  // service_type - computed: false, optional: false, required: true
  private _serviceType?: string; 
  public get serviceType() {
    return this.getStringAttribute('service_type');
  }
  public set serviceType(value: string) {
    this._serviceType = value;
  }
  // Temporarily expose input value. Use with caution.
  public get serviceTypeInput() {
    return this._serviceType;
  }

  // severity - computed: false, optional: false, required: true
  private _severity?: number; 
  public get severity() {
    return this.getNumberAttribute('severity');
  }
  public set severity(value: number) {
    this._severity = value;
  }
  // Temporarily expose input value. Use with caution.
  public get severityInput() {
    return this._severity;
  }

  // status - computed: true, optional: true, required: false
  private _status?: string; 
  public get status() {
    return this.getStringAttribute('status');
  }
  public set status(value: string) {
    this._status = value;
  }
  public resetStatus() {
    this._status = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get statusInput() {
    return this._status;
  }

  // trigger_conditions - computed: false, optional: false, required: true
  private _triggerConditions = new MonitorAlertDefinitionTriggerConditionsOutputReference(this, "trigger_conditions");
  public get triggerConditions() {
    return this._triggerConditions;
  }
  public putTriggerConditions(value: MonitorAlertDefinitionTriggerConditions) {
    this._triggerConditions.internalValue = value;
  }
  // Temporarily expose input value. Use with caution.
  public get triggerConditionsInput() {
    return this._triggerConditions.internalValue;
  }

  // type - computed: true, optional: false, required: false
  public get type() {
    return this.getStringAttribute('type');
  }

  // updated - computed: true, optional: false, required: false
  public get updated() {
    return this.getStringAttribute('updated');
  }

  // updated_by - computed: true, optional: false, required: false
  public get updatedBy() {
    return this.getStringAttribute('updated_by');
  }

  // wait_for - computed: true, optional: true, required: false
  private _waitFor?: boolean | cdktf.IResolvable; 
  public get waitFor() {
    return this.getBooleanAttribute('wait_for');
  }
  public set waitFor(value: boolean | cdktf.IResolvable) {
    this._waitFor = value;
  }
  public resetWaitFor() {
    this._waitFor = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get waitForInput() {
    return this._waitFor;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      channel_ids: cdktf.listMapper(cdktf.numberToTerraform, false)(this._channelIds),
      description: cdktf.stringToTerraform(this._description),
      entity_ids: cdktf.listMapper(cdktf.stringToTerraform, false)(this._entityIds),
      label: cdktf.stringToTerraform(this._label),
      regions: cdktf.listMapper(cdktf.stringToTerraform, false)(this._regions),
      rule_criteria: monitorAlertDefinitionRuleCriteriaToTerraform(this._ruleCriteria.internalValue),
      scope: cdktf.stringToTerraform(this._scope),
      service_type: cdktf.stringToTerraform(this._serviceType),
      severity: cdktf.numberToTerraform(this._severity),
      status: cdktf.stringToTerraform(this._status),
      trigger_conditions: monitorAlertDefinitionTriggerConditionsToTerraform(this._triggerConditions.internalValue),
      wait_for: cdktf.booleanToTerraform(this._waitFor),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      channel_ids: {
        value: cdktf.listMapperHcl(cdktf.numberToHclTerraform, false)(this._channelIds),
        isBlock: false,
        type: "list",
        storageClassType: "numberList",
      },
      description: {
        value: cdktf.stringToHclTerraform(this._description),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      entity_ids: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._entityIds),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      label: {
        value: cdktf.stringToHclTerraform(this._label),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      regions: {
        value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(this._regions),
        isBlock: false,
        type: "list",
        storageClassType: "stringList",
      },
      rule_criteria: {
        value: monitorAlertDefinitionRuleCriteriaToHclTerraform(this._ruleCriteria.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitorAlertDefinitionRuleCriteria",
      },
      scope: {
        value: cdktf.stringToHclTerraform(this._scope),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      service_type: {
        value: cdktf.stringToHclTerraform(this._serviceType),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      severity: {
        value: cdktf.numberToHclTerraform(this._severity),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      status: {
        value: cdktf.stringToHclTerraform(this._status),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      trigger_conditions: {
        value: monitorAlertDefinitionTriggerConditionsToHclTerraform(this._triggerConditions.internalValue),
        isBlock: true,
        type: "struct",
        storageClassType: "MonitorAlertDefinitionTriggerConditions",
      },
      wait_for: {
        value: cdktf.booleanToHclTerraform(this._waitFor),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
