// https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface DataLinodeUsersConfig extends cdktf.TerraformMetaArguments {
  /**
  * The order in which results should be returned.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#order DataLinodeUsers#order}
  */
  readonly order?: string;
  /**
  * The attribute to order the results by.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#order_by DataLinodeUsers#order_by}
  */
  readonly orderBy?: string;
  /**
  * filter block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#filter DataLinodeUsers#filter}
  */
  readonly filter?: DataLinodeUsersFilter[] | cdktf.IResolvable;
}
export interface DataLinodeUsersUsersDatabaseGrant {
}

export function dataLinodeUsersUsersDatabaseGrantToTerraform(struct?: DataLinodeUsersUsersDatabaseGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersDatabaseGrantToHclTerraform(struct?: DataLinodeUsersUsersDatabaseGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersDatabaseGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersDatabaseGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersDatabaseGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersDatabaseGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersDatabaseGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersDatabaseGrantOutputReference {
    return new DataLinodeUsersUsersDatabaseGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersDomainGrant {
}

export function dataLinodeUsersUsersDomainGrantToTerraform(struct?: DataLinodeUsersUsersDomainGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersDomainGrantToHclTerraform(struct?: DataLinodeUsersUsersDomainGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersDomainGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersDomainGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersDomainGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersDomainGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersDomainGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersDomainGrantOutputReference {
    return new DataLinodeUsersUsersDomainGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersFirewallGrant {
}

export function dataLinodeUsersUsersFirewallGrantToTerraform(struct?: DataLinodeUsersUsersFirewallGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersFirewallGrantToHclTerraform(struct?: DataLinodeUsersUsersFirewallGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersFirewallGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersFirewallGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersFirewallGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersFirewallGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersFirewallGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersFirewallGrantOutputReference {
    return new DataLinodeUsersUsersFirewallGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersGlobalGrants {
}

export function dataLinodeUsersUsersGlobalGrantsToTerraform(struct?: DataLinodeUsersUsersGlobalGrants): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersGlobalGrantsToHclTerraform(struct?: DataLinodeUsersUsersGlobalGrants): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersGlobalGrantsOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersGlobalGrants | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersGlobalGrants | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
    }
  }

  // account_access - computed: true, optional: false, required: false
  public get accountAccess() {
    return this.getStringAttribute('account_access');
  }

  // add_databases - computed: true, optional: false, required: false
  public get addDatabases() {
    return this.getBooleanAttribute('add_databases');
  }

  // add_domains - computed: true, optional: false, required: false
  public get addDomains() {
    return this.getBooleanAttribute('add_domains');
  }

  // add_firewalls - computed: true, optional: false, required: false
  public get addFirewalls() {
    return this.getBooleanAttribute('add_firewalls');
  }

  // add_images - computed: true, optional: false, required: false
  public get addImages() {
    return this.getBooleanAttribute('add_images');
  }

  // add_linodes - computed: true, optional: false, required: false
  public get addLinodes() {
    return this.getBooleanAttribute('add_linodes');
  }

  // add_longview - computed: true, optional: false, required: false
  public get addLongview() {
    return this.getBooleanAttribute('add_longview');
  }

  // add_nodebalancers - computed: true, optional: false, required: false
  public get addNodebalancers() {
    return this.getBooleanAttribute('add_nodebalancers');
  }

  // add_stackscripts - computed: true, optional: false, required: false
  public get addStackscripts() {
    return this.getBooleanAttribute('add_stackscripts');
  }

  // add_volumes - computed: true, optional: false, required: false
  public get addVolumes() {
    return this.getBooleanAttribute('add_volumes');
  }

  // add_vpcs - computed: true, optional: false, required: false
  public get addVpcs() {
    return this.getBooleanAttribute('add_vpcs');
  }

  // cancel_account - computed: true, optional: false, required: false
  public get cancelAccount() {
    return this.getBooleanAttribute('cancel_account');
  }

  // longview_subscription - computed: true, optional: false, required: false
  public get longviewSubscription() {
    return this.getBooleanAttribute('longview_subscription');
  }
}

export class DataLinodeUsersUsersGlobalGrantsList extends cdktf.ComplexList {

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
  public get(index: number): DataLinodeUsersUsersGlobalGrantsOutputReference {
    return new DataLinodeUsersUsersGlobalGrantsOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersImageGrant {
}

export function dataLinodeUsersUsersImageGrantToTerraform(struct?: DataLinodeUsersUsersImageGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersImageGrantToHclTerraform(struct?: DataLinodeUsersUsersImageGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersImageGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersImageGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersImageGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersImageGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersImageGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersImageGrantOutputReference {
    return new DataLinodeUsersUsersImageGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersLinodeGrant {
}

export function dataLinodeUsersUsersLinodeGrantToTerraform(struct?: DataLinodeUsersUsersLinodeGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersLinodeGrantToHclTerraform(struct?: DataLinodeUsersUsersLinodeGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersLinodeGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersLinodeGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersLinodeGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersLinodeGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersLinodeGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersLinodeGrantOutputReference {
    return new DataLinodeUsersUsersLinodeGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersLongviewGrant {
}

export function dataLinodeUsersUsersLongviewGrantToTerraform(struct?: DataLinodeUsersUsersLongviewGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersLongviewGrantToHclTerraform(struct?: DataLinodeUsersUsersLongviewGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersLongviewGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersLongviewGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersLongviewGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersLongviewGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersLongviewGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersLongviewGrantOutputReference {
    return new DataLinodeUsersUsersLongviewGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersNodebalancerGrant {
}

export function dataLinodeUsersUsersNodebalancerGrantToTerraform(struct?: DataLinodeUsersUsersNodebalancerGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersNodebalancerGrantToHclTerraform(struct?: DataLinodeUsersUsersNodebalancerGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersNodebalancerGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersNodebalancerGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersNodebalancerGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersNodebalancerGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersNodebalancerGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersNodebalancerGrantOutputReference {
    return new DataLinodeUsersUsersNodebalancerGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersStackscriptGrant {
}

export function dataLinodeUsersUsersStackscriptGrantToTerraform(struct?: DataLinodeUsersUsersStackscriptGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersStackscriptGrantToHclTerraform(struct?: DataLinodeUsersUsersStackscriptGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersStackscriptGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersStackscriptGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersStackscriptGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersStackscriptGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersStackscriptGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersStackscriptGrantOutputReference {
    return new DataLinodeUsersUsersStackscriptGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersVolumeGrant {
}

export function dataLinodeUsersUsersVolumeGrantToTerraform(struct?: DataLinodeUsersUsersVolumeGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersVolumeGrantToHclTerraform(struct?: DataLinodeUsersUsersVolumeGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersVolumeGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersVolumeGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersVolumeGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersVolumeGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersVolumeGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersVolumeGrantOutputReference {
    return new DataLinodeUsersUsersVolumeGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsersVpcGrant {
}

export function dataLinodeUsersUsersVpcGrantToTerraform(struct?: DataLinodeUsersUsersVpcGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
  }
}


export function dataLinodeUsersUsersVpcGrantToHclTerraform(struct?: DataLinodeUsersUsersVpcGrant | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
  };
  return attrs;
}

export class DataLinodeUsersUsersVpcGrantOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsersVpcGrant | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsersVpcGrant | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
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

  // permissions - computed: true, optional: false, required: false
  public get permissions() {
    return this.getStringAttribute('permissions');
  }
}

export class DataLinodeUsersUsersVpcGrantList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsersVpcGrant[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersVpcGrantOutputReference {
    return new DataLinodeUsersUsersVpcGrantOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersUsers {
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#database_grant DataLinodeUsers#database_grant}
  */
  readonly databaseGrant?: DataLinodeUsersUsersDatabaseGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#domain_grant DataLinodeUsers#domain_grant}
  */
  readonly domainGrant?: DataLinodeUsersUsersDomainGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#firewall_grant DataLinodeUsers#firewall_grant}
  */
  readonly firewallGrant?: DataLinodeUsersUsersFirewallGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#image_grant DataLinodeUsers#image_grant}
  */
  readonly imageGrant?: DataLinodeUsersUsersImageGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#linode_grant DataLinodeUsers#linode_grant}
  */
  readonly linodeGrant?: DataLinodeUsersUsersLinodeGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#longview_grant DataLinodeUsers#longview_grant}
  */
  readonly longviewGrant?: DataLinodeUsersUsersLongviewGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#nodebalancer_grant DataLinodeUsers#nodebalancer_grant}
  */
  readonly nodebalancerGrant?: DataLinodeUsersUsersNodebalancerGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#stackscript_grant DataLinodeUsers#stackscript_grant}
  */
  readonly stackscriptGrant?: DataLinodeUsersUsersStackscriptGrant[] | cdktf.IResolvable;
  /**
  * This User's username. This is used for logging in, and may also be displayed alongside actions the User performs (for example, in Events or public StackScripts).
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#username DataLinodeUsers#username}
  */
  readonly username: string;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#volume_grant DataLinodeUsers#volume_grant}
  */
  readonly volumeGrant?: DataLinodeUsersUsersVolumeGrant[] | cdktf.IResolvable;
  /**
  * A set containing all of the user's active grants.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#vpc_grant DataLinodeUsers#vpc_grant}
  */
  readonly vpcGrant?: DataLinodeUsersUsersVpcGrant[] | cdktf.IResolvable;
}

export function dataLinodeUsersUsersToTerraform(struct?: DataLinodeUsersUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    database_grant: cdktf.listMapper(dataLinodeUsersUsersDatabaseGrantToTerraform, false)(struct!.databaseGrant),
    domain_grant: cdktf.listMapper(dataLinodeUsersUsersDomainGrantToTerraform, false)(struct!.domainGrant),
    firewall_grant: cdktf.listMapper(dataLinodeUsersUsersFirewallGrantToTerraform, false)(struct!.firewallGrant),
    image_grant: cdktf.listMapper(dataLinodeUsersUsersImageGrantToTerraform, false)(struct!.imageGrant),
    linode_grant: cdktf.listMapper(dataLinodeUsersUsersLinodeGrantToTerraform, false)(struct!.linodeGrant),
    longview_grant: cdktf.listMapper(dataLinodeUsersUsersLongviewGrantToTerraform, false)(struct!.longviewGrant),
    nodebalancer_grant: cdktf.listMapper(dataLinodeUsersUsersNodebalancerGrantToTerraform, false)(struct!.nodebalancerGrant),
    stackscript_grant: cdktf.listMapper(dataLinodeUsersUsersStackscriptGrantToTerraform, false)(struct!.stackscriptGrant),
    username: cdktf.stringToTerraform(struct!.username),
    volume_grant: cdktf.listMapper(dataLinodeUsersUsersVolumeGrantToTerraform, false)(struct!.volumeGrant),
    vpc_grant: cdktf.listMapper(dataLinodeUsersUsersVpcGrantToTerraform, false)(struct!.vpcGrant),
  }
}


export function dataLinodeUsersUsersToHclTerraform(struct?: DataLinodeUsersUsers): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    database_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersDatabaseGrantToHclTerraform, false)(struct!.databaseGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersDatabaseGrantList",
    },
    domain_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersDomainGrantToHclTerraform, false)(struct!.domainGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersDomainGrantList",
    },
    firewall_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersFirewallGrantToHclTerraform, false)(struct!.firewallGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersFirewallGrantList",
    },
    image_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersImageGrantToHclTerraform, false)(struct!.imageGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersImageGrantList",
    },
    linode_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersLinodeGrantToHclTerraform, false)(struct!.linodeGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersLinodeGrantList",
    },
    longview_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersLongviewGrantToHclTerraform, false)(struct!.longviewGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersLongviewGrantList",
    },
    nodebalancer_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersNodebalancerGrantToHclTerraform, false)(struct!.nodebalancerGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersNodebalancerGrantList",
    },
    stackscript_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersStackscriptGrantToHclTerraform, false)(struct!.stackscriptGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersStackscriptGrantList",
    },
    username: {
      value: cdktf.stringToHclTerraform(struct!.username),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    volume_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersVolumeGrantToHclTerraform, false)(struct!.volumeGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersVolumeGrantList",
    },
    vpc_grant: {
      value: cdktf.listMapperHcl(dataLinodeUsersUsersVpcGrantToHclTerraform, false)(struct!.vpcGrant),
      isBlock: true,
      type: "set",
      storageClassType: "DataLinodeUsersUsersVpcGrantList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataLinodeUsersUsersOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersUsers | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._databaseGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.databaseGrant = this._databaseGrant?.internalValue;
    }
    if (this._domainGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.domainGrant = this._domainGrant?.internalValue;
    }
    if (this._firewallGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.firewallGrant = this._firewallGrant?.internalValue;
    }
    if (this._imageGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.imageGrant = this._imageGrant?.internalValue;
    }
    if (this._linodeGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.linodeGrant = this._linodeGrant?.internalValue;
    }
    if (this._longviewGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.longviewGrant = this._longviewGrant?.internalValue;
    }
    if (this._nodebalancerGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.nodebalancerGrant = this._nodebalancerGrant?.internalValue;
    }
    if (this._stackscriptGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.stackscriptGrant = this._stackscriptGrant?.internalValue;
    }
    if (this._username !== undefined) {
      hasAnyValues = true;
      internalValueResult.username = this._username;
    }
    if (this._volumeGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeGrant = this._volumeGrant?.internalValue;
    }
    if (this._vpcGrant?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpcGrant = this._vpcGrant?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersUsers | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._databaseGrant.internalValue = undefined;
      this._domainGrant.internalValue = undefined;
      this._firewallGrant.internalValue = undefined;
      this._imageGrant.internalValue = undefined;
      this._linodeGrant.internalValue = undefined;
      this._longviewGrant.internalValue = undefined;
      this._nodebalancerGrant.internalValue = undefined;
      this._stackscriptGrant.internalValue = undefined;
      this._username = undefined;
      this._volumeGrant.internalValue = undefined;
      this._vpcGrant.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._databaseGrant.internalValue = value.databaseGrant;
      this._domainGrant.internalValue = value.domainGrant;
      this._firewallGrant.internalValue = value.firewallGrant;
      this._imageGrant.internalValue = value.imageGrant;
      this._linodeGrant.internalValue = value.linodeGrant;
      this._longviewGrant.internalValue = value.longviewGrant;
      this._nodebalancerGrant.internalValue = value.nodebalancerGrant;
      this._stackscriptGrant.internalValue = value.stackscriptGrant;
      this._username = value.username;
      this._volumeGrant.internalValue = value.volumeGrant;
      this._vpcGrant.internalValue = value.vpcGrant;
    }
  }

  // database_grant - computed: true, optional: true, required: false
  private _databaseGrant = new DataLinodeUsersUsersDatabaseGrantList(this, "database_grant", true);
  public get databaseGrant() {
    return this._databaseGrant;
  }
  public putDatabaseGrant(value: DataLinodeUsersUsersDatabaseGrant[] | cdktf.IResolvable) {
    this._databaseGrant.internalValue = value;
  }
  public resetDatabaseGrant() {
    this._databaseGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get databaseGrantInput() {
    return this._databaseGrant.internalValue;
  }

  // domain_grant - computed: true, optional: true, required: false
  private _domainGrant = new DataLinodeUsersUsersDomainGrantList(this, "domain_grant", true);
  public get domainGrant() {
    return this._domainGrant;
  }
  public putDomainGrant(value: DataLinodeUsersUsersDomainGrant[] | cdktf.IResolvable) {
    this._domainGrant.internalValue = value;
  }
  public resetDomainGrant() {
    this._domainGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get domainGrantInput() {
    return this._domainGrant.internalValue;
  }

  // email - computed: true, optional: false, required: false
  public get email() {
    return this.getStringAttribute('email');
  }

  // firewall_grant - computed: true, optional: true, required: false
  private _firewallGrant = new DataLinodeUsersUsersFirewallGrantList(this, "firewall_grant", true);
  public get firewallGrant() {
    return this._firewallGrant;
  }
  public putFirewallGrant(value: DataLinodeUsersUsersFirewallGrant[] | cdktf.IResolvable) {
    this._firewallGrant.internalValue = value;
  }
  public resetFirewallGrant() {
    this._firewallGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get firewallGrantInput() {
    return this._firewallGrant.internalValue;
  }

  // global_grants - computed: true, optional: false, required: false
  private _globalGrants = new DataLinodeUsersUsersGlobalGrantsList(this, "global_grants", false);
  public get globalGrants() {
    return this._globalGrants;
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // image_grant - computed: true, optional: true, required: false
  private _imageGrant = new DataLinodeUsersUsersImageGrantList(this, "image_grant", true);
  public get imageGrant() {
    return this._imageGrant;
  }
  public putImageGrant(value: DataLinodeUsersUsersImageGrant[] | cdktf.IResolvable) {
    this._imageGrant.internalValue = value;
  }
  public resetImageGrant() {
    this._imageGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get imageGrantInput() {
    return this._imageGrant.internalValue;
  }

  // linode_grant - computed: true, optional: true, required: false
  private _linodeGrant = new DataLinodeUsersUsersLinodeGrantList(this, "linode_grant", true);
  public get linodeGrant() {
    return this._linodeGrant;
  }
  public putLinodeGrant(value: DataLinodeUsersUsersLinodeGrant[] | cdktf.IResolvable) {
    this._linodeGrant.internalValue = value;
  }
  public resetLinodeGrant() {
    this._linodeGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get linodeGrantInput() {
    return this._linodeGrant.internalValue;
  }

  // longview_grant - computed: true, optional: true, required: false
  private _longviewGrant = new DataLinodeUsersUsersLongviewGrantList(this, "longview_grant", true);
  public get longviewGrant() {
    return this._longviewGrant;
  }
  public putLongviewGrant(value: DataLinodeUsersUsersLongviewGrant[] | cdktf.IResolvable) {
    this._longviewGrant.internalValue = value;
  }
  public resetLongviewGrant() {
    this._longviewGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get longviewGrantInput() {
    return this._longviewGrant.internalValue;
  }

  // nodebalancer_grant - computed: true, optional: true, required: false
  private _nodebalancerGrant = new DataLinodeUsersUsersNodebalancerGrantList(this, "nodebalancer_grant", true);
  public get nodebalancerGrant() {
    return this._nodebalancerGrant;
  }
  public putNodebalancerGrant(value: DataLinodeUsersUsersNodebalancerGrant[] | cdktf.IResolvable) {
    this._nodebalancerGrant.internalValue = value;
  }
  public resetNodebalancerGrant() {
    this._nodebalancerGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nodebalancerGrantInput() {
    return this._nodebalancerGrant.internalValue;
  }

  // password_created - computed: true, optional: false, required: false
  public get passwordCreated() {
    return this.getStringAttribute('password_created');
  }

  // restricted - computed: true, optional: false, required: false
  public get restricted() {
    return this.getBooleanAttribute('restricted');
  }

  // ssh_keys - computed: true, optional: false, required: false
  public get sshKeys() {
    return this.getListAttribute('ssh_keys');
  }

  // stackscript_grant - computed: true, optional: true, required: false
  private _stackscriptGrant = new DataLinodeUsersUsersStackscriptGrantList(this, "stackscript_grant", true);
  public get stackscriptGrant() {
    return this._stackscriptGrant;
  }
  public putStackscriptGrant(value: DataLinodeUsersUsersStackscriptGrant[] | cdktf.IResolvable) {
    this._stackscriptGrant.internalValue = value;
  }
  public resetStackscriptGrant() {
    this._stackscriptGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get stackscriptGrantInput() {
    return this._stackscriptGrant.internalValue;
  }

  // tfa_enabled - computed: true, optional: false, required: false
  public get tfaEnabled() {
    return this.getBooleanAttribute('tfa_enabled');
  }

  // user_type - computed: true, optional: false, required: false
  public get userType() {
    return this.getStringAttribute('user_type');
  }

  // username - computed: true, optional: false, required: true
  private _username?: string; 
  public get username() {
    return this.getStringAttribute('username');
  }
  public set username(value: string) {
    this._username = value;
  }
  // Temporarily expose input value. Use with caution.
  public get usernameInput() {
    return this._username;
  }

  // verified_phone_number - computed: true, optional: false, required: false
  public get verifiedPhoneNumber() {
    return this.getStringAttribute('verified_phone_number');
  }

  // volume_grant - computed: true, optional: true, required: false
  private _volumeGrant = new DataLinodeUsersUsersVolumeGrantList(this, "volume_grant", true);
  public get volumeGrant() {
    return this._volumeGrant;
  }
  public putVolumeGrant(value: DataLinodeUsersUsersVolumeGrant[] | cdktf.IResolvable) {
    this._volumeGrant.internalValue = value;
  }
  public resetVolumeGrant() {
    this._volumeGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeGrantInput() {
    return this._volumeGrant.internalValue;
  }

  // vpc_grant - computed: true, optional: true, required: false
  private _vpcGrant = new DataLinodeUsersUsersVpcGrantList(this, "vpc_grant", true);
  public get vpcGrant() {
    return this._vpcGrant;
  }
  public putVpcGrant(value: DataLinodeUsersUsersVpcGrant[] | cdktf.IResolvable) {
    this._vpcGrant.internalValue = value;
  }
  public resetVpcGrant() {
    this._vpcGrant.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcGrantInput() {
    return this._vpcGrant.internalValue;
  }
}

export class DataLinodeUsersUsersList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersUsers[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersUsersOutputReference {
    return new DataLinodeUsersUsersOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface DataLinodeUsersFilter {
  /**
  * The type of comparison to use for this filter.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#match_by DataLinodeUsers#match_by}
  */
  readonly matchBy?: string;
  /**
  * The name of the attribute to filter on.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#name DataLinodeUsers#name}
  */
  readonly name: string;
  /**
  * The value(s) to be used in the filter.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#values DataLinodeUsers#values}
  */
  readonly values: string[];
}

export function dataLinodeUsersFilterToTerraform(struct?: DataLinodeUsersFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    match_by: cdktf.stringToTerraform(struct!.matchBy),
    name: cdktf.stringToTerraform(struct!.name),
    values: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.values),
  }
}


export function dataLinodeUsersFilterToHclTerraform(struct?: DataLinodeUsersFilter | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    match_by: {
      value: cdktf.stringToHclTerraform(struct!.matchBy),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    name: {
      value: cdktf.stringToHclTerraform(struct!.name),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    values: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.values),
      isBlock: false,
      type: "set",
      storageClassType: "stringList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class DataLinodeUsersFilterOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): DataLinodeUsersFilter | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._matchBy !== undefined) {
      hasAnyValues = true;
      internalValueResult.matchBy = this._matchBy;
    }
    if (this._name !== undefined) {
      hasAnyValues = true;
      internalValueResult.name = this._name;
    }
    if (this._values !== undefined) {
      hasAnyValues = true;
      internalValueResult.values = this._values;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: DataLinodeUsersFilter | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._matchBy = undefined;
      this._name = undefined;
      this._values = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._matchBy = value.matchBy;
      this._name = value.name;
      this._values = value.values;
    }
  }

  // match_by - computed: false, optional: true, required: false
  private _matchBy?: string; 
  public get matchBy() {
    return this.getStringAttribute('match_by');
  }
  public set matchBy(value: string) {
    this._matchBy = value;
  }
  public resetMatchBy() {
    this._matchBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get matchByInput() {
    return this._matchBy;
  }

  // name - computed: false, optional: false, required: true
  private _name?: string; 
  public get name() {
    return this.getStringAttribute('name');
  }
  public set name(value: string) {
    this._name = value;
  }
  // Temporarily expose input value. Use with caution.
  public get nameInput() {
    return this._name;
  }

  // values - computed: false, optional: false, required: true
  private _values?: string[]; 
  public get values() {
    return cdktf.Fn.tolist(this.getListAttribute('values'));
  }
  public set values(value: string[]) {
    this._values = value;
  }
  // Temporarily expose input value. Use with caution.
  public get valuesInput() {
    return this._values;
  }
}

export class DataLinodeUsersFilterList extends cdktf.ComplexList {
  public internalValue? : DataLinodeUsersFilter[] | cdktf.IResolvable

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
  public get(index: number): DataLinodeUsersFilterOutputReference {
    return new DataLinodeUsersFilterOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users linode_users}
*/
export class DataLinodeUsers extends cdktf.TerraformDataSource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "linode_users";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a DataLinodeUsers resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the DataLinodeUsers to import
  * @param importFromId The id of the existing DataLinodeUsers that should be imported. Refer to the {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the DataLinodeUsers to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "linode_users", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/data-sources/users linode_users} Data Source
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options DataLinodeUsersConfig = {}
  */
  public constructor(scope: Construct, id: string, config: DataLinodeUsersConfig = {}) {
    super(scope, id, {
      terraformResourceType: 'linode_users',
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
    this._order = config.order;
    this._orderBy = config.orderBy;
    this._filter.internalValue = config.filter;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getStringAttribute('id');
  }

  // order - computed: false, optional: true, required: false
  private _order?: string; 
  public get order() {
    return this.getStringAttribute('order');
  }
  public set order(value: string) {
    this._order = value;
  }
  public resetOrder() {
    this._order = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderInput() {
    return this._order;
  }

  // order_by - computed: false, optional: true, required: false
  private _orderBy?: string; 
  public get orderBy() {
    return this.getStringAttribute('order_by');
  }
  public set orderBy(value: string) {
    this._orderBy = value;
  }
  public resetOrderBy() {
    this._orderBy = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get orderByInput() {
    return this._orderBy;
  }

  // users - computed: true, optional: false, required: false
  private _users = new DataLinodeUsersUsersList(this, "users", false);
  public get users() {
    return this._users;
  }

  // filter - computed: false, optional: true, required: false
  private _filter = new DataLinodeUsersFilterList(this, "filter", true);
  public get filter() {
    return this._filter;
  }
  public putFilter(value: DataLinodeUsersFilter[] | cdktf.IResolvable) {
    this._filter.internalValue = value;
  }
  public resetFilter() {
    this._filter.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get filterInput() {
    return this._filter.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      order: cdktf.stringToTerraform(this._order),
      order_by: cdktf.stringToTerraform(this._orderBy),
      filter: cdktf.listMapper(dataLinodeUsersFilterToTerraform, true)(this._filter.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      order: {
        value: cdktf.stringToHclTerraform(this._order),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      order_by: {
        value: cdktf.stringToHclTerraform(this._orderBy),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      filter: {
        value: cdktf.listMapperHcl(dataLinodeUsersFilterToHclTerraform, true)(this._filter.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "DataLinodeUsersFilterList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
