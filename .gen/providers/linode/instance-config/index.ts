// https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config
// generated from terraform resource schema

import { Construct } from 'constructs';
import * as cdktf from 'cdktf';

// Configuration

export interface InstanceConfigAConfig extends cdktf.TerraformMetaArguments {
  /**
  * If true, the Linode will be booted to running state. If false, the Linode will be shutdown. If undefined, no action will be taken.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#booted InstanceConfigA#booted}
  */
  readonly booted?: boolean | cdktf.IResolvable;
  /**
  * Optional field for arbitrary User comments on this Config.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#comments InstanceConfigA#comments}
  */
  readonly comments?: string;
  /**
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#id InstanceConfigA#id}
  *
  * Please be aware that the id field is automatically added to all resources in Terraform providers using a Terraform provider SDK version below 2.
  * If you experience problems setting this value it might not be settable. Please take a look at the provider documentation to ensure it should be settable.
  */
  readonly id?: string;
  /**
  * A Kernel ID to boot a Linode with. Defaults to “linode/latest-64bit”.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#kernel InstanceConfigA#kernel}
  */
  readonly kernel?: string;
  /**
  * The Config's label for display purposes only.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#label InstanceConfigA#label}
  */
  readonly label: string;
  /**
  * The ID of the Linode to create this configuration profile under.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#linode_id InstanceConfigA#linode_id}
  */
  readonly linodeId: number;
  /**
  * The memory limit of the Linode.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#memory_limit InstanceConfigA#memory_limit}
  */
  readonly memoryLimit?: number;
  /**
  * The root device to boot. If no value or an invalid value is provided, root device will default to /dev/sda. If the device specified at the root device location is not mounted, the Linode will not boot until a device is mounted.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#root_device InstanceConfigA#root_device}
  */
  readonly rootDevice?: string;
  /**
  * Defines the state of your Linode after booting.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#run_level InstanceConfigA#run_level}
  */
  readonly runLevel?: string;
  /**
  * Controls the virtualization mode.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#virt_mode InstanceConfigA#virt_mode}
  */
  readonly virtMode?: string;
  /**
  * device block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#device InstanceConfigA#device}
  */
  readonly device?: InstanceConfigDevice[] | cdktf.IResolvable;
  /**
  * devices block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#devices InstanceConfigA#devices}
  */
  readonly devices?: InstanceConfigDevicesA;
  /**
  * helpers block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#helpers InstanceConfigA#helpers}
  */
  readonly helpers?: InstanceConfigHelpersA[] | cdktf.IResolvable;
  /**
  * interface block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#interface InstanceConfigA#interface}
  */
  readonly interface?: InstanceConfigInterfaceA[] | cdktf.IResolvable;
}
export interface InstanceConfigDevice {
  /**
  * The device slot identifier (for example, sda, sdb) to map a disk or volume into
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#device_name InstanceConfigA#device_name}
  */
  readonly deviceName: string;
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDeviceToTerraform(struct?: InstanceConfigDevice | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    device_name: cdktf.stringToTerraform(struct!.deviceName),
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDeviceToHclTerraform(struct?: InstanceConfigDevice | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    device_name: {
      value: cdktf.stringToHclTerraform(struct!.deviceName),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDeviceOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): InstanceConfigDevice | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._deviceName !== undefined) {
      hasAnyValues = true;
      internalValueResult.deviceName = this._deviceName;
    }
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevice | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._deviceName = undefined;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._deviceName = value.deviceName;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // device_name - computed: false, optional: false, required: true
  private _deviceName?: string; 
  public get deviceName() {
    return this.getStringAttribute('device_name');
  }
  public set deviceName(value: string) {
    this._deviceName = value;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceNameInput() {
    return this._deviceName;
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}

export class InstanceConfigDeviceList extends cdktf.ComplexList {
  public internalValue? : InstanceConfigDevice[] | cdktf.IResolvable

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
  public get(index: number): InstanceConfigDeviceOutputReference {
    return new InstanceConfigDeviceOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface InstanceConfigDevicesSdaA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaAToTerraform(struct?: InstanceConfigDevicesSdaAOutputReference | InstanceConfigDevicesSdaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaAToHclTerraform(struct?: InstanceConfigDevicesSdaAOutputReference | InstanceConfigDevicesSdaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaaA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaaAToTerraform(struct?: InstanceConfigDevicesSdaaAOutputReference | InstanceConfigDevicesSdaaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaaAToHclTerraform(struct?: InstanceConfigDevicesSdaaAOutputReference | InstanceConfigDevicesSdaaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaaAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaaA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaaA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdabA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdabAToTerraform(struct?: InstanceConfigDevicesSdabAOutputReference | InstanceConfigDevicesSdabA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdabAToHclTerraform(struct?: InstanceConfigDevicesSdabAOutputReference | InstanceConfigDevicesSdabA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdabAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdabA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdabA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdacA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdacAToTerraform(struct?: InstanceConfigDevicesSdacAOutputReference | InstanceConfigDevicesSdacA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdacAToHclTerraform(struct?: InstanceConfigDevicesSdacAOutputReference | InstanceConfigDevicesSdacA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdacAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdacA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdacA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdadA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdadAToTerraform(struct?: InstanceConfigDevicesSdadAOutputReference | InstanceConfigDevicesSdadA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdadAToHclTerraform(struct?: InstanceConfigDevicesSdadAOutputReference | InstanceConfigDevicesSdadA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdadAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdadA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdadA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaeA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaeAToTerraform(struct?: InstanceConfigDevicesSdaeAOutputReference | InstanceConfigDevicesSdaeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaeAToHclTerraform(struct?: InstanceConfigDevicesSdaeAOutputReference | InstanceConfigDevicesSdaeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaeAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaeA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaeA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdafA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdafAToTerraform(struct?: InstanceConfigDevicesSdafAOutputReference | InstanceConfigDevicesSdafA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdafAToHclTerraform(struct?: InstanceConfigDevicesSdafAOutputReference | InstanceConfigDevicesSdafA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdafAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdafA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdafA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdagA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdagAToTerraform(struct?: InstanceConfigDevicesSdagAOutputReference | InstanceConfigDevicesSdagA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdagAToHclTerraform(struct?: InstanceConfigDevicesSdagAOutputReference | InstanceConfigDevicesSdagA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdagAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdagA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdagA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdahA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdahAToTerraform(struct?: InstanceConfigDevicesSdahAOutputReference | InstanceConfigDevicesSdahA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdahAToHclTerraform(struct?: InstanceConfigDevicesSdahAOutputReference | InstanceConfigDevicesSdahA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdahAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdahA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdahA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaiA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaiAToTerraform(struct?: InstanceConfigDevicesSdaiAOutputReference | InstanceConfigDevicesSdaiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaiAToHclTerraform(struct?: InstanceConfigDevicesSdaiAOutputReference | InstanceConfigDevicesSdaiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaiAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaiA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaiA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdajA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdajAToTerraform(struct?: InstanceConfigDevicesSdajAOutputReference | InstanceConfigDevicesSdajA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdajAToHclTerraform(struct?: InstanceConfigDevicesSdajAOutputReference | InstanceConfigDevicesSdajA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdajAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdajA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdajA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdakA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdakAToTerraform(struct?: InstanceConfigDevicesSdakAOutputReference | InstanceConfigDevicesSdakA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdakAToHclTerraform(struct?: InstanceConfigDevicesSdakAOutputReference | InstanceConfigDevicesSdakA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdakAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdakA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdakA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdalA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdalAToTerraform(struct?: InstanceConfigDevicesSdalAOutputReference | InstanceConfigDevicesSdalA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdalAToHclTerraform(struct?: InstanceConfigDevicesSdalAOutputReference | InstanceConfigDevicesSdalA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdalAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdalA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdalA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdamA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdamAToTerraform(struct?: InstanceConfigDevicesSdamAOutputReference | InstanceConfigDevicesSdamA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdamAToHclTerraform(struct?: InstanceConfigDevicesSdamAOutputReference | InstanceConfigDevicesSdamA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdamAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdamA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdamA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdanA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdanAToTerraform(struct?: InstanceConfigDevicesSdanAOutputReference | InstanceConfigDevicesSdanA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdanAToHclTerraform(struct?: InstanceConfigDevicesSdanAOutputReference | InstanceConfigDevicesSdanA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdanAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdanA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdanA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaoA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaoAToTerraform(struct?: InstanceConfigDevicesSdaoAOutputReference | InstanceConfigDevicesSdaoA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaoAToHclTerraform(struct?: InstanceConfigDevicesSdaoAOutputReference | InstanceConfigDevicesSdaoA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaoAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaoA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaoA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdapA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdapAToTerraform(struct?: InstanceConfigDevicesSdapAOutputReference | InstanceConfigDevicesSdapA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdapAToHclTerraform(struct?: InstanceConfigDevicesSdapAOutputReference | InstanceConfigDevicesSdapA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdapAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdapA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdapA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaqA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaqAToTerraform(struct?: InstanceConfigDevicesSdaqAOutputReference | InstanceConfigDevicesSdaqA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaqAToHclTerraform(struct?: InstanceConfigDevicesSdaqAOutputReference | InstanceConfigDevicesSdaqA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaqAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaqA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaqA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdarA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdarAToTerraform(struct?: InstanceConfigDevicesSdarAOutputReference | InstanceConfigDevicesSdarA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdarAToHclTerraform(struct?: InstanceConfigDevicesSdarAOutputReference | InstanceConfigDevicesSdarA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdarAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdarA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdarA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdasA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdasAToTerraform(struct?: InstanceConfigDevicesSdasAOutputReference | InstanceConfigDevicesSdasA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdasAToHclTerraform(struct?: InstanceConfigDevicesSdasAOutputReference | InstanceConfigDevicesSdasA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdasAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdasA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdasA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdatA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdatAToTerraform(struct?: InstanceConfigDevicesSdatAOutputReference | InstanceConfigDevicesSdatA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdatAToHclTerraform(struct?: InstanceConfigDevicesSdatAOutputReference | InstanceConfigDevicesSdatA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdatAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdatA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdatA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdauA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdauAToTerraform(struct?: InstanceConfigDevicesSdauAOutputReference | InstanceConfigDevicesSdauA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdauAToHclTerraform(struct?: InstanceConfigDevicesSdauAOutputReference | InstanceConfigDevicesSdauA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdauAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdauA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdauA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdavA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdavAToTerraform(struct?: InstanceConfigDevicesSdavAOutputReference | InstanceConfigDevicesSdavA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdavAToHclTerraform(struct?: InstanceConfigDevicesSdavAOutputReference | InstanceConfigDevicesSdavA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdavAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdavA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdavA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdawA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdawAToTerraform(struct?: InstanceConfigDevicesSdawAOutputReference | InstanceConfigDevicesSdawA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdawAToHclTerraform(struct?: InstanceConfigDevicesSdawAOutputReference | InstanceConfigDevicesSdawA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdawAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdawA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdawA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdaxA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdaxAToTerraform(struct?: InstanceConfigDevicesSdaxAOutputReference | InstanceConfigDevicesSdaxA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdaxAToHclTerraform(struct?: InstanceConfigDevicesSdaxAOutputReference | InstanceConfigDevicesSdaxA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdaxAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdaxA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdaxA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdayA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdayAToTerraform(struct?: InstanceConfigDevicesSdayAOutputReference | InstanceConfigDevicesSdayA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdayAToHclTerraform(struct?: InstanceConfigDevicesSdayAOutputReference | InstanceConfigDevicesSdayA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdayAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdayA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdayA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdazA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdazAToTerraform(struct?: InstanceConfigDevicesSdazAOutputReference | InstanceConfigDevicesSdazA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdazAToHclTerraform(struct?: InstanceConfigDevicesSdazAOutputReference | InstanceConfigDevicesSdazA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdazAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdazA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdazA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbAToTerraform(struct?: InstanceConfigDevicesSdbAOutputReference | InstanceConfigDevicesSdbA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbAToHclTerraform(struct?: InstanceConfigDevicesSdbAOutputReference | InstanceConfigDevicesSdbA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbaA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbaAToTerraform(struct?: InstanceConfigDevicesSdbaAOutputReference | InstanceConfigDevicesSdbaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbaAToHclTerraform(struct?: InstanceConfigDevicesSdbaAOutputReference | InstanceConfigDevicesSdbaA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbaAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbaA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbaA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbbA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbbAToTerraform(struct?: InstanceConfigDevicesSdbbAOutputReference | InstanceConfigDevicesSdbbA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbbAToHclTerraform(struct?: InstanceConfigDevicesSdbbAOutputReference | InstanceConfigDevicesSdbbA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbbAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbbA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbbA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbcA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbcAToTerraform(struct?: InstanceConfigDevicesSdbcAOutputReference | InstanceConfigDevicesSdbcA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbcAToHclTerraform(struct?: InstanceConfigDevicesSdbcAOutputReference | InstanceConfigDevicesSdbcA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbcAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbcA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbcA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbdA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbdAToTerraform(struct?: InstanceConfigDevicesSdbdAOutputReference | InstanceConfigDevicesSdbdA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbdAToHclTerraform(struct?: InstanceConfigDevicesSdbdAOutputReference | InstanceConfigDevicesSdbdA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbdAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbdA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbdA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbeA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbeAToTerraform(struct?: InstanceConfigDevicesSdbeAOutputReference | InstanceConfigDevicesSdbeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbeAToHclTerraform(struct?: InstanceConfigDevicesSdbeAOutputReference | InstanceConfigDevicesSdbeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbeAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbeA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbeA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbfA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbfAToTerraform(struct?: InstanceConfigDevicesSdbfAOutputReference | InstanceConfigDevicesSdbfA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbfAToHclTerraform(struct?: InstanceConfigDevicesSdbfAOutputReference | InstanceConfigDevicesSdbfA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbfAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbfA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbfA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbgA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbgAToTerraform(struct?: InstanceConfigDevicesSdbgAOutputReference | InstanceConfigDevicesSdbgA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbgAToHclTerraform(struct?: InstanceConfigDevicesSdbgAOutputReference | InstanceConfigDevicesSdbgA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbgAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbgA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbgA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbhA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbhAToTerraform(struct?: InstanceConfigDevicesSdbhAOutputReference | InstanceConfigDevicesSdbhA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbhAToHclTerraform(struct?: InstanceConfigDevicesSdbhAOutputReference | InstanceConfigDevicesSdbhA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbhAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbhA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbhA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbiA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbiAToTerraform(struct?: InstanceConfigDevicesSdbiAOutputReference | InstanceConfigDevicesSdbiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbiAToHclTerraform(struct?: InstanceConfigDevicesSdbiAOutputReference | InstanceConfigDevicesSdbiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbiAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbiA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbiA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbjA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbjAToTerraform(struct?: InstanceConfigDevicesSdbjAOutputReference | InstanceConfigDevicesSdbjA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbjAToHclTerraform(struct?: InstanceConfigDevicesSdbjAOutputReference | InstanceConfigDevicesSdbjA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbjAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbjA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbjA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdbkA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdbkAToTerraform(struct?: InstanceConfigDevicesSdbkAOutputReference | InstanceConfigDevicesSdbkA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdbkAToHclTerraform(struct?: InstanceConfigDevicesSdbkAOutputReference | InstanceConfigDevicesSdbkA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdbkAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdbkA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdbkA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdblA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdblAToTerraform(struct?: InstanceConfigDevicesSdblAOutputReference | InstanceConfigDevicesSdblA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdblAToHclTerraform(struct?: InstanceConfigDevicesSdblAOutputReference | InstanceConfigDevicesSdblA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdblAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdblA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdblA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdcA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdcAToTerraform(struct?: InstanceConfigDevicesSdcAOutputReference | InstanceConfigDevicesSdcA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdcAToHclTerraform(struct?: InstanceConfigDevicesSdcAOutputReference | InstanceConfigDevicesSdcA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdcAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdcA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdcA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSddA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSddAToTerraform(struct?: InstanceConfigDevicesSddAOutputReference | InstanceConfigDevicesSddA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSddAToHclTerraform(struct?: InstanceConfigDevicesSddAOutputReference | InstanceConfigDevicesSddA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSddAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSddA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSddA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdeA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdeAToTerraform(struct?: InstanceConfigDevicesSdeAOutputReference | InstanceConfigDevicesSdeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdeAToHclTerraform(struct?: InstanceConfigDevicesSdeAOutputReference | InstanceConfigDevicesSdeA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdeAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdeA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdeA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdfA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdfAToTerraform(struct?: InstanceConfigDevicesSdfAOutputReference | InstanceConfigDevicesSdfA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdfAToHclTerraform(struct?: InstanceConfigDevicesSdfAOutputReference | InstanceConfigDevicesSdfA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdfAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdfA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdfA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdgA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdgAToTerraform(struct?: InstanceConfigDevicesSdgAOutputReference | InstanceConfigDevicesSdgA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdgAToHclTerraform(struct?: InstanceConfigDevicesSdgAOutputReference | InstanceConfigDevicesSdgA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdgAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdgA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdgA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdhA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdhAToTerraform(struct?: InstanceConfigDevicesSdhAOutputReference | InstanceConfigDevicesSdhA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdhAToHclTerraform(struct?: InstanceConfigDevicesSdhAOutputReference | InstanceConfigDevicesSdhA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdhAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdhA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdhA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdiA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdiAToTerraform(struct?: InstanceConfigDevicesSdiAOutputReference | InstanceConfigDevicesSdiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdiAToHclTerraform(struct?: InstanceConfigDevicesSdiAOutputReference | InstanceConfigDevicesSdiA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdiAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdiA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdiA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdjA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdjAToTerraform(struct?: InstanceConfigDevicesSdjAOutputReference | InstanceConfigDevicesSdjA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdjAToHclTerraform(struct?: InstanceConfigDevicesSdjAOutputReference | InstanceConfigDevicesSdjA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdjAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdjA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdjA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdkA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdkAToTerraform(struct?: InstanceConfigDevicesSdkAOutputReference | InstanceConfigDevicesSdkA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdkAToHclTerraform(struct?: InstanceConfigDevicesSdkAOutputReference | InstanceConfigDevicesSdkA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdkAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdkA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdkA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdlA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdlAToTerraform(struct?: InstanceConfigDevicesSdlAOutputReference | InstanceConfigDevicesSdlA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdlAToHclTerraform(struct?: InstanceConfigDevicesSdlAOutputReference | InstanceConfigDevicesSdlA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdlAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdlA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdlA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdmA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdmAToTerraform(struct?: InstanceConfigDevicesSdmAOutputReference | InstanceConfigDevicesSdmA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdmAToHclTerraform(struct?: InstanceConfigDevicesSdmAOutputReference | InstanceConfigDevicesSdmA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdmAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdmA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdmA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdnA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdnAToTerraform(struct?: InstanceConfigDevicesSdnAOutputReference | InstanceConfigDevicesSdnA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdnAToHclTerraform(struct?: InstanceConfigDevicesSdnAOutputReference | InstanceConfigDevicesSdnA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdnAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdnA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdnA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdoA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdoAToTerraform(struct?: InstanceConfigDevicesSdoAOutputReference | InstanceConfigDevicesSdoA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdoAToHclTerraform(struct?: InstanceConfigDevicesSdoAOutputReference | InstanceConfigDevicesSdoA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdoAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdoA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdoA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdpA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdpAToTerraform(struct?: InstanceConfigDevicesSdpAOutputReference | InstanceConfigDevicesSdpA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdpAToHclTerraform(struct?: InstanceConfigDevicesSdpAOutputReference | InstanceConfigDevicesSdpA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdpAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdpA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdpA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdqA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdqAToTerraform(struct?: InstanceConfigDevicesSdqAOutputReference | InstanceConfigDevicesSdqA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdqAToHclTerraform(struct?: InstanceConfigDevicesSdqAOutputReference | InstanceConfigDevicesSdqA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdqAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdqA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdqA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdrA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdrAToTerraform(struct?: InstanceConfigDevicesSdrAOutputReference | InstanceConfigDevicesSdrA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdrAToHclTerraform(struct?: InstanceConfigDevicesSdrAOutputReference | InstanceConfigDevicesSdrA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdrAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdrA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdrA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdsA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdsAToTerraform(struct?: InstanceConfigDevicesSdsAOutputReference | InstanceConfigDevicesSdsA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdsAToHclTerraform(struct?: InstanceConfigDevicesSdsAOutputReference | InstanceConfigDevicesSdsA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdsAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdsA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdsA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdtA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdtAToTerraform(struct?: InstanceConfigDevicesSdtAOutputReference | InstanceConfigDevicesSdtA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdtAToHclTerraform(struct?: InstanceConfigDevicesSdtAOutputReference | InstanceConfigDevicesSdtA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdtAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdtA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdtA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSduA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSduAToTerraform(struct?: InstanceConfigDevicesSduAOutputReference | InstanceConfigDevicesSduA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSduAToHclTerraform(struct?: InstanceConfigDevicesSduAOutputReference | InstanceConfigDevicesSduA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSduAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSduA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSduA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdvA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdvAToTerraform(struct?: InstanceConfigDevicesSdvAOutputReference | InstanceConfigDevicesSdvA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdvAToHclTerraform(struct?: InstanceConfigDevicesSdvAOutputReference | InstanceConfigDevicesSdvA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdvAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdvA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdvA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdwA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdwAToTerraform(struct?: InstanceConfigDevicesSdwAOutputReference | InstanceConfigDevicesSdwA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdwAToHclTerraform(struct?: InstanceConfigDevicesSdwAOutputReference | InstanceConfigDevicesSdwA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdwAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdwA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdwA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdxA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdxAToTerraform(struct?: InstanceConfigDevicesSdxAOutputReference | InstanceConfigDevicesSdxA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdxAToHclTerraform(struct?: InstanceConfigDevicesSdxAOutputReference | InstanceConfigDevicesSdxA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdxAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdxA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdxA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdyA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdyAToTerraform(struct?: InstanceConfigDevicesSdyAOutputReference | InstanceConfigDevicesSdyA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdyAToHclTerraform(struct?: InstanceConfigDevicesSdyAOutputReference | InstanceConfigDevicesSdyA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdyAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdyA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdyA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesSdzA {
  /**
  * The Disk ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#disk_id InstanceConfigA#disk_id}
  */
  readonly diskId?: number;
  /**
  * The Block Storage volume ID to map to this disk slot
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#volume_id InstanceConfigA#volume_id}
  */
  readonly volumeId?: number;
}

export function instanceConfigDevicesSdzAToTerraform(struct?: InstanceConfigDevicesSdzAOutputReference | InstanceConfigDevicesSdzA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    disk_id: cdktf.numberToTerraform(struct!.diskId),
    volume_id: cdktf.numberToTerraform(struct!.volumeId),
  }
}


export function instanceConfigDevicesSdzAToHclTerraform(struct?: InstanceConfigDevicesSdzAOutputReference | InstanceConfigDevicesSdzA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    disk_id: {
      value: cdktf.numberToHclTerraform(struct!.diskId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    volume_id: {
      value: cdktf.numberToHclTerraform(struct!.volumeId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesSdzAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesSdzA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._diskId !== undefined) {
      hasAnyValues = true;
      internalValueResult.diskId = this._diskId;
    }
    if (this._volumeId !== undefined) {
      hasAnyValues = true;
      internalValueResult.volumeId = this._volumeId;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesSdzA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._diskId = undefined;
      this._volumeId = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._diskId = value.diskId;
      this._volumeId = value.volumeId;
    }
  }

  // disk_id - computed: false, optional: true, required: false
  private _diskId?: number; 
  public get diskId() {
    return this.getNumberAttribute('disk_id');
  }
  public set diskId(value: number) {
    this._diskId = value;
  }
  public resetDiskId() {
    this._diskId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get diskIdInput() {
    return this._diskId;
  }

  // volume_id - computed: false, optional: true, required: false
  private _volumeId?: number; 
  public get volumeId() {
    return this.getNumberAttribute('volume_id');
  }
  public set volumeId(value: number) {
    this._volumeId = value;
  }
  public resetVolumeId() {
    this._volumeId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get volumeIdInput() {
    return this._volumeId;
  }
}
export interface InstanceConfigDevicesA {
  /**
  * sda block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sda InstanceConfigA#sda}
  */
  readonly sda?: InstanceConfigDevicesSdaA;
  /**
  * sdaa block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaa InstanceConfigA#sdaa}
  */
  readonly sdaa?: InstanceConfigDevicesSdaaA;
  /**
  * sdab block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdab InstanceConfigA#sdab}
  */
  readonly sdab?: InstanceConfigDevicesSdabA;
  /**
  * sdac block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdac InstanceConfigA#sdac}
  */
  readonly sdac?: InstanceConfigDevicesSdacA;
  /**
  * sdad block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdad InstanceConfigA#sdad}
  */
  readonly sdad?: InstanceConfigDevicesSdadA;
  /**
  * sdae block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdae InstanceConfigA#sdae}
  */
  readonly sdae?: InstanceConfigDevicesSdaeA;
  /**
  * sdaf block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaf InstanceConfigA#sdaf}
  */
  readonly sdaf?: InstanceConfigDevicesSdafA;
  /**
  * sdag block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdag InstanceConfigA#sdag}
  */
  readonly sdag?: InstanceConfigDevicesSdagA;
  /**
  * sdah block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdah InstanceConfigA#sdah}
  */
  readonly sdah?: InstanceConfigDevicesSdahA;
  /**
  * sdai block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdai InstanceConfigA#sdai}
  */
  readonly sdai?: InstanceConfigDevicesSdaiA;
  /**
  * sdaj block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaj InstanceConfigA#sdaj}
  */
  readonly sdaj?: InstanceConfigDevicesSdajA;
  /**
  * sdak block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdak InstanceConfigA#sdak}
  */
  readonly sdak?: InstanceConfigDevicesSdakA;
  /**
  * sdal block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdal InstanceConfigA#sdal}
  */
  readonly sdal?: InstanceConfigDevicesSdalA;
  /**
  * sdam block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdam InstanceConfigA#sdam}
  */
  readonly sdam?: InstanceConfigDevicesSdamA;
  /**
  * sdan block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdan InstanceConfigA#sdan}
  */
  readonly sdan?: InstanceConfigDevicesSdanA;
  /**
  * sdao block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdao InstanceConfigA#sdao}
  */
  readonly sdao?: InstanceConfigDevicesSdaoA;
  /**
  * sdap block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdap InstanceConfigA#sdap}
  */
  readonly sdap?: InstanceConfigDevicesSdapA;
  /**
  * sdaq block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaq InstanceConfigA#sdaq}
  */
  readonly sdaq?: InstanceConfigDevicesSdaqA;
  /**
  * sdar block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdar InstanceConfigA#sdar}
  */
  readonly sdar?: InstanceConfigDevicesSdarA;
  /**
  * sdas block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdas InstanceConfigA#sdas}
  */
  readonly sdas?: InstanceConfigDevicesSdasA;
  /**
  * sdat block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdat InstanceConfigA#sdat}
  */
  readonly sdat?: InstanceConfigDevicesSdatA;
  /**
  * sdau block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdau InstanceConfigA#sdau}
  */
  readonly sdau?: InstanceConfigDevicesSdauA;
  /**
  * sdav block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdav InstanceConfigA#sdav}
  */
  readonly sdav?: InstanceConfigDevicesSdavA;
  /**
  * sdaw block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaw InstanceConfigA#sdaw}
  */
  readonly sdaw?: InstanceConfigDevicesSdawA;
  /**
  * sdax block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdax InstanceConfigA#sdax}
  */
  readonly sdax?: InstanceConfigDevicesSdaxA;
  /**
  * sday block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sday InstanceConfigA#sday}
  */
  readonly sday?: InstanceConfigDevicesSdayA;
  /**
  * sdaz block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdaz InstanceConfigA#sdaz}
  */
  readonly sdaz?: InstanceConfigDevicesSdazA;
  /**
  * sdb block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdb InstanceConfigA#sdb}
  */
  readonly sdb?: InstanceConfigDevicesSdbA;
  /**
  * sdba block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdba InstanceConfigA#sdba}
  */
  readonly sdba?: InstanceConfigDevicesSdbaA;
  /**
  * sdbb block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbb InstanceConfigA#sdbb}
  */
  readonly sdbb?: InstanceConfigDevicesSdbbA;
  /**
  * sdbc block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbc InstanceConfigA#sdbc}
  */
  readonly sdbc?: InstanceConfigDevicesSdbcA;
  /**
  * sdbd block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbd InstanceConfigA#sdbd}
  */
  readonly sdbd?: InstanceConfigDevicesSdbdA;
  /**
  * sdbe block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbe InstanceConfigA#sdbe}
  */
  readonly sdbe?: InstanceConfigDevicesSdbeA;
  /**
  * sdbf block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbf InstanceConfigA#sdbf}
  */
  readonly sdbf?: InstanceConfigDevicesSdbfA;
  /**
  * sdbg block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbg InstanceConfigA#sdbg}
  */
  readonly sdbg?: InstanceConfigDevicesSdbgA;
  /**
  * sdbh block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbh InstanceConfigA#sdbh}
  */
  readonly sdbh?: InstanceConfigDevicesSdbhA;
  /**
  * sdbi block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbi InstanceConfigA#sdbi}
  */
  readonly sdbi?: InstanceConfigDevicesSdbiA;
  /**
  * sdbj block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbj InstanceConfigA#sdbj}
  */
  readonly sdbj?: InstanceConfigDevicesSdbjA;
  /**
  * sdbk block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbk InstanceConfigA#sdbk}
  */
  readonly sdbk?: InstanceConfigDevicesSdbkA;
  /**
  * sdbl block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdbl InstanceConfigA#sdbl}
  */
  readonly sdbl?: InstanceConfigDevicesSdblA;
  /**
  * sdc block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdc InstanceConfigA#sdc}
  */
  readonly sdc?: InstanceConfigDevicesSdcA;
  /**
  * sdd block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdd InstanceConfigA#sdd}
  */
  readonly sdd?: InstanceConfigDevicesSddA;
  /**
  * sde block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sde InstanceConfigA#sde}
  */
  readonly sde?: InstanceConfigDevicesSdeA;
  /**
  * sdf block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdf InstanceConfigA#sdf}
  */
  readonly sdf?: InstanceConfigDevicesSdfA;
  /**
  * sdg block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdg InstanceConfigA#sdg}
  */
  readonly sdg?: InstanceConfigDevicesSdgA;
  /**
  * sdh block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdh InstanceConfigA#sdh}
  */
  readonly sdh?: InstanceConfigDevicesSdhA;
  /**
  * sdi block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdi InstanceConfigA#sdi}
  */
  readonly sdi?: InstanceConfigDevicesSdiA;
  /**
  * sdj block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdj InstanceConfigA#sdj}
  */
  readonly sdj?: InstanceConfigDevicesSdjA;
  /**
  * sdk block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdk InstanceConfigA#sdk}
  */
  readonly sdk?: InstanceConfigDevicesSdkA;
  /**
  * sdl block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdl InstanceConfigA#sdl}
  */
  readonly sdl?: InstanceConfigDevicesSdlA;
  /**
  * sdm block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdm InstanceConfigA#sdm}
  */
  readonly sdm?: InstanceConfigDevicesSdmA;
  /**
  * sdn block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdn InstanceConfigA#sdn}
  */
  readonly sdn?: InstanceConfigDevicesSdnA;
  /**
  * sdo block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdo InstanceConfigA#sdo}
  */
  readonly sdo?: InstanceConfigDevicesSdoA;
  /**
  * sdp block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdp InstanceConfigA#sdp}
  */
  readonly sdp?: InstanceConfigDevicesSdpA;
  /**
  * sdq block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdq InstanceConfigA#sdq}
  */
  readonly sdq?: InstanceConfigDevicesSdqA;
  /**
  * sdr block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdr InstanceConfigA#sdr}
  */
  readonly sdr?: InstanceConfigDevicesSdrA;
  /**
  * sds block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sds InstanceConfigA#sds}
  */
  readonly sds?: InstanceConfigDevicesSdsA;
  /**
  * sdt block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdt InstanceConfigA#sdt}
  */
  readonly sdt?: InstanceConfigDevicesSdtA;
  /**
  * sdu block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdu InstanceConfigA#sdu}
  */
  readonly sdu?: InstanceConfigDevicesSduA;
  /**
  * sdv block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdv InstanceConfigA#sdv}
  */
  readonly sdv?: InstanceConfigDevicesSdvA;
  /**
  * sdw block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdw InstanceConfigA#sdw}
  */
  readonly sdw?: InstanceConfigDevicesSdwA;
  /**
  * sdx block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdx InstanceConfigA#sdx}
  */
  readonly sdx?: InstanceConfigDevicesSdxA;
  /**
  * sdy block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdy InstanceConfigA#sdy}
  */
  readonly sdy?: InstanceConfigDevicesSdyA;
  /**
  * sdz block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#sdz InstanceConfigA#sdz}
  */
  readonly sdz?: InstanceConfigDevicesSdzA;
}

export function instanceConfigDevicesAToTerraform(struct?: InstanceConfigDevicesAOutputReference | InstanceConfigDevicesA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    sda: instanceConfigDevicesSdaAToTerraform(struct!.sda),
    sdaa: instanceConfigDevicesSdaaAToTerraform(struct!.sdaa),
    sdab: instanceConfigDevicesSdabAToTerraform(struct!.sdab),
    sdac: instanceConfigDevicesSdacAToTerraform(struct!.sdac),
    sdad: instanceConfigDevicesSdadAToTerraform(struct!.sdad),
    sdae: instanceConfigDevicesSdaeAToTerraform(struct!.sdae),
    sdaf: instanceConfigDevicesSdafAToTerraform(struct!.sdaf),
    sdag: instanceConfigDevicesSdagAToTerraform(struct!.sdag),
    sdah: instanceConfigDevicesSdahAToTerraform(struct!.sdah),
    sdai: instanceConfigDevicesSdaiAToTerraform(struct!.sdai),
    sdaj: instanceConfigDevicesSdajAToTerraform(struct!.sdaj),
    sdak: instanceConfigDevicesSdakAToTerraform(struct!.sdak),
    sdal: instanceConfigDevicesSdalAToTerraform(struct!.sdal),
    sdam: instanceConfigDevicesSdamAToTerraform(struct!.sdam),
    sdan: instanceConfigDevicesSdanAToTerraform(struct!.sdan),
    sdao: instanceConfigDevicesSdaoAToTerraform(struct!.sdao),
    sdap: instanceConfigDevicesSdapAToTerraform(struct!.sdap),
    sdaq: instanceConfigDevicesSdaqAToTerraform(struct!.sdaq),
    sdar: instanceConfigDevicesSdarAToTerraform(struct!.sdar),
    sdas: instanceConfigDevicesSdasAToTerraform(struct!.sdas),
    sdat: instanceConfigDevicesSdatAToTerraform(struct!.sdat),
    sdau: instanceConfigDevicesSdauAToTerraform(struct!.sdau),
    sdav: instanceConfigDevicesSdavAToTerraform(struct!.sdav),
    sdaw: instanceConfigDevicesSdawAToTerraform(struct!.sdaw),
    sdax: instanceConfigDevicesSdaxAToTerraform(struct!.sdax),
    sday: instanceConfigDevicesSdayAToTerraform(struct!.sday),
    sdaz: instanceConfigDevicesSdazAToTerraform(struct!.sdaz),
    sdb: instanceConfigDevicesSdbAToTerraform(struct!.sdb),
    sdba: instanceConfigDevicesSdbaAToTerraform(struct!.sdba),
    sdbb: instanceConfigDevicesSdbbAToTerraform(struct!.sdbb),
    sdbc: instanceConfigDevicesSdbcAToTerraform(struct!.sdbc),
    sdbd: instanceConfigDevicesSdbdAToTerraform(struct!.sdbd),
    sdbe: instanceConfigDevicesSdbeAToTerraform(struct!.sdbe),
    sdbf: instanceConfigDevicesSdbfAToTerraform(struct!.sdbf),
    sdbg: instanceConfigDevicesSdbgAToTerraform(struct!.sdbg),
    sdbh: instanceConfigDevicesSdbhAToTerraform(struct!.sdbh),
    sdbi: instanceConfigDevicesSdbiAToTerraform(struct!.sdbi),
    sdbj: instanceConfigDevicesSdbjAToTerraform(struct!.sdbj),
    sdbk: instanceConfigDevicesSdbkAToTerraform(struct!.sdbk),
    sdbl: instanceConfigDevicesSdblAToTerraform(struct!.sdbl),
    sdc: instanceConfigDevicesSdcAToTerraform(struct!.sdc),
    sdd: instanceConfigDevicesSddAToTerraform(struct!.sdd),
    sde: instanceConfigDevicesSdeAToTerraform(struct!.sde),
    sdf: instanceConfigDevicesSdfAToTerraform(struct!.sdf),
    sdg: instanceConfigDevicesSdgAToTerraform(struct!.sdg),
    sdh: instanceConfigDevicesSdhAToTerraform(struct!.sdh),
    sdi: instanceConfigDevicesSdiAToTerraform(struct!.sdi),
    sdj: instanceConfigDevicesSdjAToTerraform(struct!.sdj),
    sdk: instanceConfigDevicesSdkAToTerraform(struct!.sdk),
    sdl: instanceConfigDevicesSdlAToTerraform(struct!.sdl),
    sdm: instanceConfigDevicesSdmAToTerraform(struct!.sdm),
    sdn: instanceConfigDevicesSdnAToTerraform(struct!.sdn),
    sdo: instanceConfigDevicesSdoAToTerraform(struct!.sdo),
    sdp: instanceConfigDevicesSdpAToTerraform(struct!.sdp),
    sdq: instanceConfigDevicesSdqAToTerraform(struct!.sdq),
    sdr: instanceConfigDevicesSdrAToTerraform(struct!.sdr),
    sds: instanceConfigDevicesSdsAToTerraform(struct!.sds),
    sdt: instanceConfigDevicesSdtAToTerraform(struct!.sdt),
    sdu: instanceConfigDevicesSduAToTerraform(struct!.sdu),
    sdv: instanceConfigDevicesSdvAToTerraform(struct!.sdv),
    sdw: instanceConfigDevicesSdwAToTerraform(struct!.sdw),
    sdx: instanceConfigDevicesSdxAToTerraform(struct!.sdx),
    sdy: instanceConfigDevicesSdyAToTerraform(struct!.sdy),
    sdz: instanceConfigDevicesSdzAToTerraform(struct!.sdz),
  }
}


export function instanceConfigDevicesAToHclTerraform(struct?: InstanceConfigDevicesAOutputReference | InstanceConfigDevicesA): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    sda: {
      value: instanceConfigDevicesSdaAToHclTerraform(struct!.sda),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaAList",
    },
    sdaa: {
      value: instanceConfigDevicesSdaaAToHclTerraform(struct!.sdaa),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaaAList",
    },
    sdab: {
      value: instanceConfigDevicesSdabAToHclTerraform(struct!.sdab),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdabAList",
    },
    sdac: {
      value: instanceConfigDevicesSdacAToHclTerraform(struct!.sdac),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdacAList",
    },
    sdad: {
      value: instanceConfigDevicesSdadAToHclTerraform(struct!.sdad),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdadAList",
    },
    sdae: {
      value: instanceConfigDevicesSdaeAToHclTerraform(struct!.sdae),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaeAList",
    },
    sdaf: {
      value: instanceConfigDevicesSdafAToHclTerraform(struct!.sdaf),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdafAList",
    },
    sdag: {
      value: instanceConfigDevicesSdagAToHclTerraform(struct!.sdag),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdagAList",
    },
    sdah: {
      value: instanceConfigDevicesSdahAToHclTerraform(struct!.sdah),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdahAList",
    },
    sdai: {
      value: instanceConfigDevicesSdaiAToHclTerraform(struct!.sdai),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaiAList",
    },
    sdaj: {
      value: instanceConfigDevicesSdajAToHclTerraform(struct!.sdaj),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdajAList",
    },
    sdak: {
      value: instanceConfigDevicesSdakAToHclTerraform(struct!.sdak),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdakAList",
    },
    sdal: {
      value: instanceConfigDevicesSdalAToHclTerraform(struct!.sdal),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdalAList",
    },
    sdam: {
      value: instanceConfigDevicesSdamAToHclTerraform(struct!.sdam),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdamAList",
    },
    sdan: {
      value: instanceConfigDevicesSdanAToHclTerraform(struct!.sdan),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdanAList",
    },
    sdao: {
      value: instanceConfigDevicesSdaoAToHclTerraform(struct!.sdao),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaoAList",
    },
    sdap: {
      value: instanceConfigDevicesSdapAToHclTerraform(struct!.sdap),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdapAList",
    },
    sdaq: {
      value: instanceConfigDevicesSdaqAToHclTerraform(struct!.sdaq),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaqAList",
    },
    sdar: {
      value: instanceConfigDevicesSdarAToHclTerraform(struct!.sdar),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdarAList",
    },
    sdas: {
      value: instanceConfigDevicesSdasAToHclTerraform(struct!.sdas),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdasAList",
    },
    sdat: {
      value: instanceConfigDevicesSdatAToHclTerraform(struct!.sdat),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdatAList",
    },
    sdau: {
      value: instanceConfigDevicesSdauAToHclTerraform(struct!.sdau),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdauAList",
    },
    sdav: {
      value: instanceConfigDevicesSdavAToHclTerraform(struct!.sdav),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdavAList",
    },
    sdaw: {
      value: instanceConfigDevicesSdawAToHclTerraform(struct!.sdaw),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdawAList",
    },
    sdax: {
      value: instanceConfigDevicesSdaxAToHclTerraform(struct!.sdax),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdaxAList",
    },
    sday: {
      value: instanceConfigDevicesSdayAToHclTerraform(struct!.sday),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdayAList",
    },
    sdaz: {
      value: instanceConfigDevicesSdazAToHclTerraform(struct!.sdaz),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdazAList",
    },
    sdb: {
      value: instanceConfigDevicesSdbAToHclTerraform(struct!.sdb),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbAList",
    },
    sdba: {
      value: instanceConfigDevicesSdbaAToHclTerraform(struct!.sdba),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbaAList",
    },
    sdbb: {
      value: instanceConfigDevicesSdbbAToHclTerraform(struct!.sdbb),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbbAList",
    },
    sdbc: {
      value: instanceConfigDevicesSdbcAToHclTerraform(struct!.sdbc),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbcAList",
    },
    sdbd: {
      value: instanceConfigDevicesSdbdAToHclTerraform(struct!.sdbd),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbdAList",
    },
    sdbe: {
      value: instanceConfigDevicesSdbeAToHclTerraform(struct!.sdbe),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbeAList",
    },
    sdbf: {
      value: instanceConfigDevicesSdbfAToHclTerraform(struct!.sdbf),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbfAList",
    },
    sdbg: {
      value: instanceConfigDevicesSdbgAToHclTerraform(struct!.sdbg),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbgAList",
    },
    sdbh: {
      value: instanceConfigDevicesSdbhAToHclTerraform(struct!.sdbh),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbhAList",
    },
    sdbi: {
      value: instanceConfigDevicesSdbiAToHclTerraform(struct!.sdbi),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbiAList",
    },
    sdbj: {
      value: instanceConfigDevicesSdbjAToHclTerraform(struct!.sdbj),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbjAList",
    },
    sdbk: {
      value: instanceConfigDevicesSdbkAToHclTerraform(struct!.sdbk),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdbkAList",
    },
    sdbl: {
      value: instanceConfigDevicesSdblAToHclTerraform(struct!.sdbl),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdblAList",
    },
    sdc: {
      value: instanceConfigDevicesSdcAToHclTerraform(struct!.sdc),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdcAList",
    },
    sdd: {
      value: instanceConfigDevicesSddAToHclTerraform(struct!.sdd),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSddAList",
    },
    sde: {
      value: instanceConfigDevicesSdeAToHclTerraform(struct!.sde),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdeAList",
    },
    sdf: {
      value: instanceConfigDevicesSdfAToHclTerraform(struct!.sdf),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdfAList",
    },
    sdg: {
      value: instanceConfigDevicesSdgAToHclTerraform(struct!.sdg),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdgAList",
    },
    sdh: {
      value: instanceConfigDevicesSdhAToHclTerraform(struct!.sdh),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdhAList",
    },
    sdi: {
      value: instanceConfigDevicesSdiAToHclTerraform(struct!.sdi),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdiAList",
    },
    sdj: {
      value: instanceConfigDevicesSdjAToHclTerraform(struct!.sdj),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdjAList",
    },
    sdk: {
      value: instanceConfigDevicesSdkAToHclTerraform(struct!.sdk),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdkAList",
    },
    sdl: {
      value: instanceConfigDevicesSdlAToHclTerraform(struct!.sdl),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdlAList",
    },
    sdm: {
      value: instanceConfigDevicesSdmAToHclTerraform(struct!.sdm),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdmAList",
    },
    sdn: {
      value: instanceConfigDevicesSdnAToHclTerraform(struct!.sdn),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdnAList",
    },
    sdo: {
      value: instanceConfigDevicesSdoAToHclTerraform(struct!.sdo),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdoAList",
    },
    sdp: {
      value: instanceConfigDevicesSdpAToHclTerraform(struct!.sdp),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdpAList",
    },
    sdq: {
      value: instanceConfigDevicesSdqAToHclTerraform(struct!.sdq),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdqAList",
    },
    sdr: {
      value: instanceConfigDevicesSdrAToHclTerraform(struct!.sdr),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdrAList",
    },
    sds: {
      value: instanceConfigDevicesSdsAToHclTerraform(struct!.sds),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdsAList",
    },
    sdt: {
      value: instanceConfigDevicesSdtAToHclTerraform(struct!.sdt),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdtAList",
    },
    sdu: {
      value: instanceConfigDevicesSduAToHclTerraform(struct!.sdu),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSduAList",
    },
    sdv: {
      value: instanceConfigDevicesSdvAToHclTerraform(struct!.sdv),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdvAList",
    },
    sdw: {
      value: instanceConfigDevicesSdwAToHclTerraform(struct!.sdw),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdwAList",
    },
    sdx: {
      value: instanceConfigDevicesSdxAToHclTerraform(struct!.sdx),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdxAList",
    },
    sdy: {
      value: instanceConfigDevicesSdyAToHclTerraform(struct!.sdy),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdyAList",
    },
    sdz: {
      value: instanceConfigDevicesSdzAToHclTerraform(struct!.sdz),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigDevicesSdzAList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigDevicesAOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigDevicesA | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._sda?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sda = this._sda?.internalValue;
    }
    if (this._sdaa?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaa = this._sdaa?.internalValue;
    }
    if (this._sdab?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdab = this._sdab?.internalValue;
    }
    if (this._sdac?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdac = this._sdac?.internalValue;
    }
    if (this._sdad?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdad = this._sdad?.internalValue;
    }
    if (this._sdae?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdae = this._sdae?.internalValue;
    }
    if (this._sdaf?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaf = this._sdaf?.internalValue;
    }
    if (this._sdag?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdag = this._sdag?.internalValue;
    }
    if (this._sdah?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdah = this._sdah?.internalValue;
    }
    if (this._sdai?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdai = this._sdai?.internalValue;
    }
    if (this._sdaj?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaj = this._sdaj?.internalValue;
    }
    if (this._sdak?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdak = this._sdak?.internalValue;
    }
    if (this._sdal?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdal = this._sdal?.internalValue;
    }
    if (this._sdam?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdam = this._sdam?.internalValue;
    }
    if (this._sdan?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdan = this._sdan?.internalValue;
    }
    if (this._sdao?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdao = this._sdao?.internalValue;
    }
    if (this._sdap?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdap = this._sdap?.internalValue;
    }
    if (this._sdaq?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaq = this._sdaq?.internalValue;
    }
    if (this._sdar?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdar = this._sdar?.internalValue;
    }
    if (this._sdas?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdas = this._sdas?.internalValue;
    }
    if (this._sdat?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdat = this._sdat?.internalValue;
    }
    if (this._sdau?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdau = this._sdau?.internalValue;
    }
    if (this._sdav?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdav = this._sdav?.internalValue;
    }
    if (this._sdaw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaw = this._sdaw?.internalValue;
    }
    if (this._sdax?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdax = this._sdax?.internalValue;
    }
    if (this._sday?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sday = this._sday?.internalValue;
    }
    if (this._sdaz?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdaz = this._sdaz?.internalValue;
    }
    if (this._sdb?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdb = this._sdb?.internalValue;
    }
    if (this._sdba?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdba = this._sdba?.internalValue;
    }
    if (this._sdbb?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbb = this._sdbb?.internalValue;
    }
    if (this._sdbc?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbc = this._sdbc?.internalValue;
    }
    if (this._sdbd?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbd = this._sdbd?.internalValue;
    }
    if (this._sdbe?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbe = this._sdbe?.internalValue;
    }
    if (this._sdbf?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbf = this._sdbf?.internalValue;
    }
    if (this._sdbg?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbg = this._sdbg?.internalValue;
    }
    if (this._sdbh?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbh = this._sdbh?.internalValue;
    }
    if (this._sdbi?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbi = this._sdbi?.internalValue;
    }
    if (this._sdbj?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbj = this._sdbj?.internalValue;
    }
    if (this._sdbk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbk = this._sdbk?.internalValue;
    }
    if (this._sdbl?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdbl = this._sdbl?.internalValue;
    }
    if (this._sdc?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdc = this._sdc?.internalValue;
    }
    if (this._sdd?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdd = this._sdd?.internalValue;
    }
    if (this._sde?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sde = this._sde?.internalValue;
    }
    if (this._sdf?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdf = this._sdf?.internalValue;
    }
    if (this._sdg?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdg = this._sdg?.internalValue;
    }
    if (this._sdh?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdh = this._sdh?.internalValue;
    }
    if (this._sdi?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdi = this._sdi?.internalValue;
    }
    if (this._sdj?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdj = this._sdj?.internalValue;
    }
    if (this._sdk?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdk = this._sdk?.internalValue;
    }
    if (this._sdl?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdl = this._sdl?.internalValue;
    }
    if (this._sdm?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdm = this._sdm?.internalValue;
    }
    if (this._sdn?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdn = this._sdn?.internalValue;
    }
    if (this._sdo?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdo = this._sdo?.internalValue;
    }
    if (this._sdp?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdp = this._sdp?.internalValue;
    }
    if (this._sdq?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdq = this._sdq?.internalValue;
    }
    if (this._sdr?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdr = this._sdr?.internalValue;
    }
    if (this._sds?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sds = this._sds?.internalValue;
    }
    if (this._sdt?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdt = this._sdt?.internalValue;
    }
    if (this._sdu?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdu = this._sdu?.internalValue;
    }
    if (this._sdv?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdv = this._sdv?.internalValue;
    }
    if (this._sdw?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdw = this._sdw?.internalValue;
    }
    if (this._sdx?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdx = this._sdx?.internalValue;
    }
    if (this._sdy?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdy = this._sdy?.internalValue;
    }
    if (this._sdz?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.sdz = this._sdz?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigDevicesA | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._sda.internalValue = undefined;
      this._sdaa.internalValue = undefined;
      this._sdab.internalValue = undefined;
      this._sdac.internalValue = undefined;
      this._sdad.internalValue = undefined;
      this._sdae.internalValue = undefined;
      this._sdaf.internalValue = undefined;
      this._sdag.internalValue = undefined;
      this._sdah.internalValue = undefined;
      this._sdai.internalValue = undefined;
      this._sdaj.internalValue = undefined;
      this._sdak.internalValue = undefined;
      this._sdal.internalValue = undefined;
      this._sdam.internalValue = undefined;
      this._sdan.internalValue = undefined;
      this._sdao.internalValue = undefined;
      this._sdap.internalValue = undefined;
      this._sdaq.internalValue = undefined;
      this._sdar.internalValue = undefined;
      this._sdas.internalValue = undefined;
      this._sdat.internalValue = undefined;
      this._sdau.internalValue = undefined;
      this._sdav.internalValue = undefined;
      this._sdaw.internalValue = undefined;
      this._sdax.internalValue = undefined;
      this._sday.internalValue = undefined;
      this._sdaz.internalValue = undefined;
      this._sdb.internalValue = undefined;
      this._sdba.internalValue = undefined;
      this._sdbb.internalValue = undefined;
      this._sdbc.internalValue = undefined;
      this._sdbd.internalValue = undefined;
      this._sdbe.internalValue = undefined;
      this._sdbf.internalValue = undefined;
      this._sdbg.internalValue = undefined;
      this._sdbh.internalValue = undefined;
      this._sdbi.internalValue = undefined;
      this._sdbj.internalValue = undefined;
      this._sdbk.internalValue = undefined;
      this._sdbl.internalValue = undefined;
      this._sdc.internalValue = undefined;
      this._sdd.internalValue = undefined;
      this._sde.internalValue = undefined;
      this._sdf.internalValue = undefined;
      this._sdg.internalValue = undefined;
      this._sdh.internalValue = undefined;
      this._sdi.internalValue = undefined;
      this._sdj.internalValue = undefined;
      this._sdk.internalValue = undefined;
      this._sdl.internalValue = undefined;
      this._sdm.internalValue = undefined;
      this._sdn.internalValue = undefined;
      this._sdo.internalValue = undefined;
      this._sdp.internalValue = undefined;
      this._sdq.internalValue = undefined;
      this._sdr.internalValue = undefined;
      this._sds.internalValue = undefined;
      this._sdt.internalValue = undefined;
      this._sdu.internalValue = undefined;
      this._sdv.internalValue = undefined;
      this._sdw.internalValue = undefined;
      this._sdx.internalValue = undefined;
      this._sdy.internalValue = undefined;
      this._sdz.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._sda.internalValue = value.sda;
      this._sdaa.internalValue = value.sdaa;
      this._sdab.internalValue = value.sdab;
      this._sdac.internalValue = value.sdac;
      this._sdad.internalValue = value.sdad;
      this._sdae.internalValue = value.sdae;
      this._sdaf.internalValue = value.sdaf;
      this._sdag.internalValue = value.sdag;
      this._sdah.internalValue = value.sdah;
      this._sdai.internalValue = value.sdai;
      this._sdaj.internalValue = value.sdaj;
      this._sdak.internalValue = value.sdak;
      this._sdal.internalValue = value.sdal;
      this._sdam.internalValue = value.sdam;
      this._sdan.internalValue = value.sdan;
      this._sdao.internalValue = value.sdao;
      this._sdap.internalValue = value.sdap;
      this._sdaq.internalValue = value.sdaq;
      this._sdar.internalValue = value.sdar;
      this._sdas.internalValue = value.sdas;
      this._sdat.internalValue = value.sdat;
      this._sdau.internalValue = value.sdau;
      this._sdav.internalValue = value.sdav;
      this._sdaw.internalValue = value.sdaw;
      this._sdax.internalValue = value.sdax;
      this._sday.internalValue = value.sday;
      this._sdaz.internalValue = value.sdaz;
      this._sdb.internalValue = value.sdb;
      this._sdba.internalValue = value.sdba;
      this._sdbb.internalValue = value.sdbb;
      this._sdbc.internalValue = value.sdbc;
      this._sdbd.internalValue = value.sdbd;
      this._sdbe.internalValue = value.sdbe;
      this._sdbf.internalValue = value.sdbf;
      this._sdbg.internalValue = value.sdbg;
      this._sdbh.internalValue = value.sdbh;
      this._sdbi.internalValue = value.sdbi;
      this._sdbj.internalValue = value.sdbj;
      this._sdbk.internalValue = value.sdbk;
      this._sdbl.internalValue = value.sdbl;
      this._sdc.internalValue = value.sdc;
      this._sdd.internalValue = value.sdd;
      this._sde.internalValue = value.sde;
      this._sdf.internalValue = value.sdf;
      this._sdg.internalValue = value.sdg;
      this._sdh.internalValue = value.sdh;
      this._sdi.internalValue = value.sdi;
      this._sdj.internalValue = value.sdj;
      this._sdk.internalValue = value.sdk;
      this._sdl.internalValue = value.sdl;
      this._sdm.internalValue = value.sdm;
      this._sdn.internalValue = value.sdn;
      this._sdo.internalValue = value.sdo;
      this._sdp.internalValue = value.sdp;
      this._sdq.internalValue = value.sdq;
      this._sdr.internalValue = value.sdr;
      this._sds.internalValue = value.sds;
      this._sdt.internalValue = value.sdt;
      this._sdu.internalValue = value.sdu;
      this._sdv.internalValue = value.sdv;
      this._sdw.internalValue = value.sdw;
      this._sdx.internalValue = value.sdx;
      this._sdy.internalValue = value.sdy;
      this._sdz.internalValue = value.sdz;
    }
  }

  // sda - computed: false, optional: true, required: false
  private _sda = new InstanceConfigDevicesSdaAOutputReference(this, "sda");
  public get sda() {
    return this._sda;
  }
  public putSda(value: InstanceConfigDevicesSdaA) {
    this._sda.internalValue = value;
  }
  public resetSda() {
    this._sda.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaInput() {
    return this._sda.internalValue;
  }

  // sdaa - computed: false, optional: true, required: false
  private _sdaa = new InstanceConfigDevicesSdaaAOutputReference(this, "sdaa");
  public get sdaa() {
    return this._sdaa;
  }
  public putSdaa(value: InstanceConfigDevicesSdaaA) {
    this._sdaa.internalValue = value;
  }
  public resetSdaa() {
    this._sdaa.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaaInput() {
    return this._sdaa.internalValue;
  }

  // sdab - computed: false, optional: true, required: false
  private _sdab = new InstanceConfigDevicesSdabAOutputReference(this, "sdab");
  public get sdab() {
    return this._sdab;
  }
  public putSdab(value: InstanceConfigDevicesSdabA) {
    this._sdab.internalValue = value;
  }
  public resetSdab() {
    this._sdab.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdabInput() {
    return this._sdab.internalValue;
  }

  // sdac - computed: false, optional: true, required: false
  private _sdac = new InstanceConfigDevicesSdacAOutputReference(this, "sdac");
  public get sdac() {
    return this._sdac;
  }
  public putSdac(value: InstanceConfigDevicesSdacA) {
    this._sdac.internalValue = value;
  }
  public resetSdac() {
    this._sdac.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdacInput() {
    return this._sdac.internalValue;
  }

  // sdad - computed: false, optional: true, required: false
  private _sdad = new InstanceConfigDevicesSdadAOutputReference(this, "sdad");
  public get sdad() {
    return this._sdad;
  }
  public putSdad(value: InstanceConfigDevicesSdadA) {
    this._sdad.internalValue = value;
  }
  public resetSdad() {
    this._sdad.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdadInput() {
    return this._sdad.internalValue;
  }

  // sdae - computed: false, optional: true, required: false
  private _sdae = new InstanceConfigDevicesSdaeAOutputReference(this, "sdae");
  public get sdae() {
    return this._sdae;
  }
  public putSdae(value: InstanceConfigDevicesSdaeA) {
    this._sdae.internalValue = value;
  }
  public resetSdae() {
    this._sdae.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaeInput() {
    return this._sdae.internalValue;
  }

  // sdaf - computed: false, optional: true, required: false
  private _sdaf = new InstanceConfigDevicesSdafAOutputReference(this, "sdaf");
  public get sdaf() {
    return this._sdaf;
  }
  public putSdaf(value: InstanceConfigDevicesSdafA) {
    this._sdaf.internalValue = value;
  }
  public resetSdaf() {
    this._sdaf.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdafInput() {
    return this._sdaf.internalValue;
  }

  // sdag - computed: false, optional: true, required: false
  private _sdag = new InstanceConfigDevicesSdagAOutputReference(this, "sdag");
  public get sdag() {
    return this._sdag;
  }
  public putSdag(value: InstanceConfigDevicesSdagA) {
    this._sdag.internalValue = value;
  }
  public resetSdag() {
    this._sdag.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdagInput() {
    return this._sdag.internalValue;
  }

  // sdah - computed: false, optional: true, required: false
  private _sdah = new InstanceConfigDevicesSdahAOutputReference(this, "sdah");
  public get sdah() {
    return this._sdah;
  }
  public putSdah(value: InstanceConfigDevicesSdahA) {
    this._sdah.internalValue = value;
  }
  public resetSdah() {
    this._sdah.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdahInput() {
    return this._sdah.internalValue;
  }

  // sdai - computed: false, optional: true, required: false
  private _sdai = new InstanceConfigDevicesSdaiAOutputReference(this, "sdai");
  public get sdai() {
    return this._sdai;
  }
  public putSdai(value: InstanceConfigDevicesSdaiA) {
    this._sdai.internalValue = value;
  }
  public resetSdai() {
    this._sdai.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaiInput() {
    return this._sdai.internalValue;
  }

  // sdaj - computed: false, optional: true, required: false
  private _sdaj = new InstanceConfigDevicesSdajAOutputReference(this, "sdaj");
  public get sdaj() {
    return this._sdaj;
  }
  public putSdaj(value: InstanceConfigDevicesSdajA) {
    this._sdaj.internalValue = value;
  }
  public resetSdaj() {
    this._sdaj.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdajInput() {
    return this._sdaj.internalValue;
  }

  // sdak - computed: false, optional: true, required: false
  private _sdak = new InstanceConfigDevicesSdakAOutputReference(this, "sdak");
  public get sdak() {
    return this._sdak;
  }
  public putSdak(value: InstanceConfigDevicesSdakA) {
    this._sdak.internalValue = value;
  }
  public resetSdak() {
    this._sdak.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdakInput() {
    return this._sdak.internalValue;
  }

  // sdal - computed: false, optional: true, required: false
  private _sdal = new InstanceConfigDevicesSdalAOutputReference(this, "sdal");
  public get sdal() {
    return this._sdal;
  }
  public putSdal(value: InstanceConfigDevicesSdalA) {
    this._sdal.internalValue = value;
  }
  public resetSdal() {
    this._sdal.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdalInput() {
    return this._sdal.internalValue;
  }

  // sdam - computed: false, optional: true, required: false
  private _sdam = new InstanceConfigDevicesSdamAOutputReference(this, "sdam");
  public get sdam() {
    return this._sdam;
  }
  public putSdam(value: InstanceConfigDevicesSdamA) {
    this._sdam.internalValue = value;
  }
  public resetSdam() {
    this._sdam.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdamInput() {
    return this._sdam.internalValue;
  }

  // sdan - computed: false, optional: true, required: false
  private _sdan = new InstanceConfigDevicesSdanAOutputReference(this, "sdan");
  public get sdan() {
    return this._sdan;
  }
  public putSdan(value: InstanceConfigDevicesSdanA) {
    this._sdan.internalValue = value;
  }
  public resetSdan() {
    this._sdan.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdanInput() {
    return this._sdan.internalValue;
  }

  // sdao - computed: false, optional: true, required: false
  private _sdao = new InstanceConfigDevicesSdaoAOutputReference(this, "sdao");
  public get sdao() {
    return this._sdao;
  }
  public putSdao(value: InstanceConfigDevicesSdaoA) {
    this._sdao.internalValue = value;
  }
  public resetSdao() {
    this._sdao.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaoInput() {
    return this._sdao.internalValue;
  }

  // sdap - computed: false, optional: true, required: false
  private _sdap = new InstanceConfigDevicesSdapAOutputReference(this, "sdap");
  public get sdap() {
    return this._sdap;
  }
  public putSdap(value: InstanceConfigDevicesSdapA) {
    this._sdap.internalValue = value;
  }
  public resetSdap() {
    this._sdap.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdapInput() {
    return this._sdap.internalValue;
  }

  // sdaq - computed: false, optional: true, required: false
  private _sdaq = new InstanceConfigDevicesSdaqAOutputReference(this, "sdaq");
  public get sdaq() {
    return this._sdaq;
  }
  public putSdaq(value: InstanceConfigDevicesSdaqA) {
    this._sdaq.internalValue = value;
  }
  public resetSdaq() {
    this._sdaq.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaqInput() {
    return this._sdaq.internalValue;
  }

  // sdar - computed: false, optional: true, required: false
  private _sdar = new InstanceConfigDevicesSdarAOutputReference(this, "sdar");
  public get sdar() {
    return this._sdar;
  }
  public putSdar(value: InstanceConfigDevicesSdarA) {
    this._sdar.internalValue = value;
  }
  public resetSdar() {
    this._sdar.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdarInput() {
    return this._sdar.internalValue;
  }

  // sdas - computed: false, optional: true, required: false
  private _sdas = new InstanceConfigDevicesSdasAOutputReference(this, "sdas");
  public get sdas() {
    return this._sdas;
  }
  public putSdas(value: InstanceConfigDevicesSdasA) {
    this._sdas.internalValue = value;
  }
  public resetSdas() {
    this._sdas.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdasInput() {
    return this._sdas.internalValue;
  }

  // sdat - computed: false, optional: true, required: false
  private _sdat = new InstanceConfigDevicesSdatAOutputReference(this, "sdat");
  public get sdat() {
    return this._sdat;
  }
  public putSdat(value: InstanceConfigDevicesSdatA) {
    this._sdat.internalValue = value;
  }
  public resetSdat() {
    this._sdat.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdatInput() {
    return this._sdat.internalValue;
  }

  // sdau - computed: false, optional: true, required: false
  private _sdau = new InstanceConfigDevicesSdauAOutputReference(this, "sdau");
  public get sdau() {
    return this._sdau;
  }
  public putSdau(value: InstanceConfigDevicesSdauA) {
    this._sdau.internalValue = value;
  }
  public resetSdau() {
    this._sdau.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdauInput() {
    return this._sdau.internalValue;
  }

  // sdav - computed: false, optional: true, required: false
  private _sdav = new InstanceConfigDevicesSdavAOutputReference(this, "sdav");
  public get sdav() {
    return this._sdav;
  }
  public putSdav(value: InstanceConfigDevicesSdavA) {
    this._sdav.internalValue = value;
  }
  public resetSdav() {
    this._sdav.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdavInput() {
    return this._sdav.internalValue;
  }

  // sdaw - computed: false, optional: true, required: false
  private _sdaw = new InstanceConfigDevicesSdawAOutputReference(this, "sdaw");
  public get sdaw() {
    return this._sdaw;
  }
  public putSdaw(value: InstanceConfigDevicesSdawA) {
    this._sdaw.internalValue = value;
  }
  public resetSdaw() {
    this._sdaw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdawInput() {
    return this._sdaw.internalValue;
  }

  // sdax - computed: false, optional: true, required: false
  private _sdax = new InstanceConfigDevicesSdaxAOutputReference(this, "sdax");
  public get sdax() {
    return this._sdax;
  }
  public putSdax(value: InstanceConfigDevicesSdaxA) {
    this._sdax.internalValue = value;
  }
  public resetSdax() {
    this._sdax.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdaxInput() {
    return this._sdax.internalValue;
  }

  // sday - computed: false, optional: true, required: false
  private _sday = new InstanceConfigDevicesSdayAOutputReference(this, "sday");
  public get sday() {
    return this._sday;
  }
  public putSday(value: InstanceConfigDevicesSdayA) {
    this._sday.internalValue = value;
  }
  public resetSday() {
    this._sday.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdayInput() {
    return this._sday.internalValue;
  }

  // sdaz - computed: false, optional: true, required: false
  private _sdaz = new InstanceConfigDevicesSdazAOutputReference(this, "sdaz");
  public get sdaz() {
    return this._sdaz;
  }
  public putSdaz(value: InstanceConfigDevicesSdazA) {
    this._sdaz.internalValue = value;
  }
  public resetSdaz() {
    this._sdaz.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdazInput() {
    return this._sdaz.internalValue;
  }

  // sdb - computed: false, optional: true, required: false
  private _sdb = new InstanceConfigDevicesSdbAOutputReference(this, "sdb");
  public get sdb() {
    return this._sdb;
  }
  public putSdb(value: InstanceConfigDevicesSdbA) {
    this._sdb.internalValue = value;
  }
  public resetSdb() {
    this._sdb.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbInput() {
    return this._sdb.internalValue;
  }

  // sdba - computed: false, optional: true, required: false
  private _sdba = new InstanceConfigDevicesSdbaAOutputReference(this, "sdba");
  public get sdba() {
    return this._sdba;
  }
  public putSdba(value: InstanceConfigDevicesSdbaA) {
    this._sdba.internalValue = value;
  }
  public resetSdba() {
    this._sdba.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbaInput() {
    return this._sdba.internalValue;
  }

  // sdbb - computed: false, optional: true, required: false
  private _sdbb = new InstanceConfigDevicesSdbbAOutputReference(this, "sdbb");
  public get sdbb() {
    return this._sdbb;
  }
  public putSdbb(value: InstanceConfigDevicesSdbbA) {
    this._sdbb.internalValue = value;
  }
  public resetSdbb() {
    this._sdbb.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbbInput() {
    return this._sdbb.internalValue;
  }

  // sdbc - computed: false, optional: true, required: false
  private _sdbc = new InstanceConfigDevicesSdbcAOutputReference(this, "sdbc");
  public get sdbc() {
    return this._sdbc;
  }
  public putSdbc(value: InstanceConfigDevicesSdbcA) {
    this._sdbc.internalValue = value;
  }
  public resetSdbc() {
    this._sdbc.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbcInput() {
    return this._sdbc.internalValue;
  }

  // sdbd - computed: false, optional: true, required: false
  private _sdbd = new InstanceConfigDevicesSdbdAOutputReference(this, "sdbd");
  public get sdbd() {
    return this._sdbd;
  }
  public putSdbd(value: InstanceConfigDevicesSdbdA) {
    this._sdbd.internalValue = value;
  }
  public resetSdbd() {
    this._sdbd.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbdInput() {
    return this._sdbd.internalValue;
  }

  // sdbe - computed: false, optional: true, required: false
  private _sdbe = new InstanceConfigDevicesSdbeAOutputReference(this, "sdbe");
  public get sdbe() {
    return this._sdbe;
  }
  public putSdbe(value: InstanceConfigDevicesSdbeA) {
    this._sdbe.internalValue = value;
  }
  public resetSdbe() {
    this._sdbe.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbeInput() {
    return this._sdbe.internalValue;
  }

  // sdbf - computed: false, optional: true, required: false
  private _sdbf = new InstanceConfigDevicesSdbfAOutputReference(this, "sdbf");
  public get sdbf() {
    return this._sdbf;
  }
  public putSdbf(value: InstanceConfigDevicesSdbfA) {
    this._sdbf.internalValue = value;
  }
  public resetSdbf() {
    this._sdbf.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbfInput() {
    return this._sdbf.internalValue;
  }

  // sdbg - computed: false, optional: true, required: false
  private _sdbg = new InstanceConfigDevicesSdbgAOutputReference(this, "sdbg");
  public get sdbg() {
    return this._sdbg;
  }
  public putSdbg(value: InstanceConfigDevicesSdbgA) {
    this._sdbg.internalValue = value;
  }
  public resetSdbg() {
    this._sdbg.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbgInput() {
    return this._sdbg.internalValue;
  }

  // sdbh - computed: false, optional: true, required: false
  private _sdbh = new InstanceConfigDevicesSdbhAOutputReference(this, "sdbh");
  public get sdbh() {
    return this._sdbh;
  }
  public putSdbh(value: InstanceConfigDevicesSdbhA) {
    this._sdbh.internalValue = value;
  }
  public resetSdbh() {
    this._sdbh.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbhInput() {
    return this._sdbh.internalValue;
  }

  // sdbi - computed: false, optional: true, required: false
  private _sdbi = new InstanceConfigDevicesSdbiAOutputReference(this, "sdbi");
  public get sdbi() {
    return this._sdbi;
  }
  public putSdbi(value: InstanceConfigDevicesSdbiA) {
    this._sdbi.internalValue = value;
  }
  public resetSdbi() {
    this._sdbi.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbiInput() {
    return this._sdbi.internalValue;
  }

  // sdbj - computed: false, optional: true, required: false
  private _sdbj = new InstanceConfigDevicesSdbjAOutputReference(this, "sdbj");
  public get sdbj() {
    return this._sdbj;
  }
  public putSdbj(value: InstanceConfigDevicesSdbjA) {
    this._sdbj.internalValue = value;
  }
  public resetSdbj() {
    this._sdbj.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbjInput() {
    return this._sdbj.internalValue;
  }

  // sdbk - computed: false, optional: true, required: false
  private _sdbk = new InstanceConfigDevicesSdbkAOutputReference(this, "sdbk");
  public get sdbk() {
    return this._sdbk;
  }
  public putSdbk(value: InstanceConfigDevicesSdbkA) {
    this._sdbk.internalValue = value;
  }
  public resetSdbk() {
    this._sdbk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdbkInput() {
    return this._sdbk.internalValue;
  }

  // sdbl - computed: false, optional: true, required: false
  private _sdbl = new InstanceConfigDevicesSdblAOutputReference(this, "sdbl");
  public get sdbl() {
    return this._sdbl;
  }
  public putSdbl(value: InstanceConfigDevicesSdblA) {
    this._sdbl.internalValue = value;
  }
  public resetSdbl() {
    this._sdbl.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdblInput() {
    return this._sdbl.internalValue;
  }

  // sdc - computed: false, optional: true, required: false
  private _sdc = new InstanceConfigDevicesSdcAOutputReference(this, "sdc");
  public get sdc() {
    return this._sdc;
  }
  public putSdc(value: InstanceConfigDevicesSdcA) {
    this._sdc.internalValue = value;
  }
  public resetSdc() {
    this._sdc.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdcInput() {
    return this._sdc.internalValue;
  }

  // sdd - computed: false, optional: true, required: false
  private _sdd = new InstanceConfigDevicesSddAOutputReference(this, "sdd");
  public get sdd() {
    return this._sdd;
  }
  public putSdd(value: InstanceConfigDevicesSddA) {
    this._sdd.internalValue = value;
  }
  public resetSdd() {
    this._sdd.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sddInput() {
    return this._sdd.internalValue;
  }

  // sde - computed: false, optional: true, required: false
  private _sde = new InstanceConfigDevicesSdeAOutputReference(this, "sde");
  public get sde() {
    return this._sde;
  }
  public putSde(value: InstanceConfigDevicesSdeA) {
    this._sde.internalValue = value;
  }
  public resetSde() {
    this._sde.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdeInput() {
    return this._sde.internalValue;
  }

  // sdf - computed: false, optional: true, required: false
  private _sdf = new InstanceConfigDevicesSdfAOutputReference(this, "sdf");
  public get sdf() {
    return this._sdf;
  }
  public putSdf(value: InstanceConfigDevicesSdfA) {
    this._sdf.internalValue = value;
  }
  public resetSdf() {
    this._sdf.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdfInput() {
    return this._sdf.internalValue;
  }

  // sdg - computed: false, optional: true, required: false
  private _sdg = new InstanceConfigDevicesSdgAOutputReference(this, "sdg");
  public get sdg() {
    return this._sdg;
  }
  public putSdg(value: InstanceConfigDevicesSdgA) {
    this._sdg.internalValue = value;
  }
  public resetSdg() {
    this._sdg.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdgInput() {
    return this._sdg.internalValue;
  }

  // sdh - computed: false, optional: true, required: false
  private _sdh = new InstanceConfigDevicesSdhAOutputReference(this, "sdh");
  public get sdh() {
    return this._sdh;
  }
  public putSdh(value: InstanceConfigDevicesSdhA) {
    this._sdh.internalValue = value;
  }
  public resetSdh() {
    this._sdh.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdhInput() {
    return this._sdh.internalValue;
  }

  // sdi - computed: false, optional: true, required: false
  private _sdi = new InstanceConfigDevicesSdiAOutputReference(this, "sdi");
  public get sdi() {
    return this._sdi;
  }
  public putSdi(value: InstanceConfigDevicesSdiA) {
    this._sdi.internalValue = value;
  }
  public resetSdi() {
    this._sdi.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdiInput() {
    return this._sdi.internalValue;
  }

  // sdj - computed: false, optional: true, required: false
  private _sdj = new InstanceConfigDevicesSdjAOutputReference(this, "sdj");
  public get sdj() {
    return this._sdj;
  }
  public putSdj(value: InstanceConfigDevicesSdjA) {
    this._sdj.internalValue = value;
  }
  public resetSdj() {
    this._sdj.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdjInput() {
    return this._sdj.internalValue;
  }

  // sdk - computed: false, optional: true, required: false
  private _sdk = new InstanceConfigDevicesSdkAOutputReference(this, "sdk");
  public get sdk() {
    return this._sdk;
  }
  public putSdk(value: InstanceConfigDevicesSdkA) {
    this._sdk.internalValue = value;
  }
  public resetSdk() {
    this._sdk.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdkInput() {
    return this._sdk.internalValue;
  }

  // sdl - computed: false, optional: true, required: false
  private _sdl = new InstanceConfigDevicesSdlAOutputReference(this, "sdl");
  public get sdl() {
    return this._sdl;
  }
  public putSdl(value: InstanceConfigDevicesSdlA) {
    this._sdl.internalValue = value;
  }
  public resetSdl() {
    this._sdl.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdlInput() {
    return this._sdl.internalValue;
  }

  // sdm - computed: false, optional: true, required: false
  private _sdm = new InstanceConfigDevicesSdmAOutputReference(this, "sdm");
  public get sdm() {
    return this._sdm;
  }
  public putSdm(value: InstanceConfigDevicesSdmA) {
    this._sdm.internalValue = value;
  }
  public resetSdm() {
    this._sdm.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdmInput() {
    return this._sdm.internalValue;
  }

  // sdn - computed: false, optional: true, required: false
  private _sdn = new InstanceConfigDevicesSdnAOutputReference(this, "sdn");
  public get sdn() {
    return this._sdn;
  }
  public putSdn(value: InstanceConfigDevicesSdnA) {
    this._sdn.internalValue = value;
  }
  public resetSdn() {
    this._sdn.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdnInput() {
    return this._sdn.internalValue;
  }

  // sdo - computed: false, optional: true, required: false
  private _sdo = new InstanceConfigDevicesSdoAOutputReference(this, "sdo");
  public get sdo() {
    return this._sdo;
  }
  public putSdo(value: InstanceConfigDevicesSdoA) {
    this._sdo.internalValue = value;
  }
  public resetSdo() {
    this._sdo.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdoInput() {
    return this._sdo.internalValue;
  }

  // sdp - computed: false, optional: true, required: false
  private _sdp = new InstanceConfigDevicesSdpAOutputReference(this, "sdp");
  public get sdp() {
    return this._sdp;
  }
  public putSdp(value: InstanceConfigDevicesSdpA) {
    this._sdp.internalValue = value;
  }
  public resetSdp() {
    this._sdp.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdpInput() {
    return this._sdp.internalValue;
  }

  // sdq - computed: false, optional: true, required: false
  private _sdq = new InstanceConfigDevicesSdqAOutputReference(this, "sdq");
  public get sdq() {
    return this._sdq;
  }
  public putSdq(value: InstanceConfigDevicesSdqA) {
    this._sdq.internalValue = value;
  }
  public resetSdq() {
    this._sdq.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdqInput() {
    return this._sdq.internalValue;
  }

  // sdr - computed: false, optional: true, required: false
  private _sdr = new InstanceConfigDevicesSdrAOutputReference(this, "sdr");
  public get sdr() {
    return this._sdr;
  }
  public putSdr(value: InstanceConfigDevicesSdrA) {
    this._sdr.internalValue = value;
  }
  public resetSdr() {
    this._sdr.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdrInput() {
    return this._sdr.internalValue;
  }

  // sds - computed: false, optional: true, required: false
  private _sds = new InstanceConfigDevicesSdsAOutputReference(this, "sds");
  public get sds() {
    return this._sds;
  }
  public putSds(value: InstanceConfigDevicesSdsA) {
    this._sds.internalValue = value;
  }
  public resetSds() {
    this._sds.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdsInput() {
    return this._sds.internalValue;
  }

  // sdt - computed: false, optional: true, required: false
  private _sdt = new InstanceConfigDevicesSdtAOutputReference(this, "sdt");
  public get sdt() {
    return this._sdt;
  }
  public putSdt(value: InstanceConfigDevicesSdtA) {
    this._sdt.internalValue = value;
  }
  public resetSdt() {
    this._sdt.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdtInput() {
    return this._sdt.internalValue;
  }

  // sdu - computed: false, optional: true, required: false
  private _sdu = new InstanceConfigDevicesSduAOutputReference(this, "sdu");
  public get sdu() {
    return this._sdu;
  }
  public putSdu(value: InstanceConfigDevicesSduA) {
    this._sdu.internalValue = value;
  }
  public resetSdu() {
    this._sdu.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sduInput() {
    return this._sdu.internalValue;
  }

  // sdv - computed: false, optional: true, required: false
  private _sdv = new InstanceConfigDevicesSdvAOutputReference(this, "sdv");
  public get sdv() {
    return this._sdv;
  }
  public putSdv(value: InstanceConfigDevicesSdvA) {
    this._sdv.internalValue = value;
  }
  public resetSdv() {
    this._sdv.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdvInput() {
    return this._sdv.internalValue;
  }

  // sdw - computed: false, optional: true, required: false
  private _sdw = new InstanceConfigDevicesSdwAOutputReference(this, "sdw");
  public get sdw() {
    return this._sdw;
  }
  public putSdw(value: InstanceConfigDevicesSdwA) {
    this._sdw.internalValue = value;
  }
  public resetSdw() {
    this._sdw.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdwInput() {
    return this._sdw.internalValue;
  }

  // sdx - computed: false, optional: true, required: false
  private _sdx = new InstanceConfigDevicesSdxAOutputReference(this, "sdx");
  public get sdx() {
    return this._sdx;
  }
  public putSdx(value: InstanceConfigDevicesSdxA) {
    this._sdx.internalValue = value;
  }
  public resetSdx() {
    this._sdx.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdxInput() {
    return this._sdx.internalValue;
  }

  // sdy - computed: false, optional: true, required: false
  private _sdy = new InstanceConfigDevicesSdyAOutputReference(this, "sdy");
  public get sdy() {
    return this._sdy;
  }
  public putSdy(value: InstanceConfigDevicesSdyA) {
    this._sdy.internalValue = value;
  }
  public resetSdy() {
    this._sdy.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdyInput() {
    return this._sdy.internalValue;
  }

  // sdz - computed: false, optional: true, required: false
  private _sdz = new InstanceConfigDevicesSdzAOutputReference(this, "sdz");
  public get sdz() {
    return this._sdz;
  }
  public putSdz(value: InstanceConfigDevicesSdzA) {
    this._sdz.internalValue = value;
  }
  public resetSdz() {
    this._sdz.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get sdzInput() {
    return this._sdz.internalValue;
  }
}
export interface InstanceConfigHelpersA {
  /**
  * Populates the /dev directory early during boot without udev.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#devtmpfs_automount InstanceConfigA#devtmpfs_automount}
  */
  readonly devtmpfsAutomount?: boolean | cdktf.IResolvable;
  /**
  * Helps maintain correct inittab/upstart console device.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#distro InstanceConfigA#distro}
  */
  readonly distro?: boolean | cdktf.IResolvable;
  /**
  * Creates a modules dependency file for the Kernel you run.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#modules_dep InstanceConfigA#modules_dep}
  */
  readonly modulesDep?: boolean | cdktf.IResolvable;
  /**
  * Automatically configures static networking.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#network InstanceConfigA#network}
  */
  readonly network?: boolean | cdktf.IResolvable;
  /**
  * Disables updatedb cron job to avoid disk thrashing.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#updatedb_disabled InstanceConfigA#updatedb_disabled}
  */
  readonly updatedbDisabled?: boolean | cdktf.IResolvable;
}

export function instanceConfigHelpersAToTerraform(struct?: InstanceConfigHelpersA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    devtmpfs_automount: cdktf.booleanToTerraform(struct!.devtmpfsAutomount),
    distro: cdktf.booleanToTerraform(struct!.distro),
    modules_dep: cdktf.booleanToTerraform(struct!.modulesDep),
    network: cdktf.booleanToTerraform(struct!.network),
    updatedb_disabled: cdktf.booleanToTerraform(struct!.updatedbDisabled),
  }
}


export function instanceConfigHelpersAToHclTerraform(struct?: InstanceConfigHelpersA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    devtmpfs_automount: {
      value: cdktf.booleanToHclTerraform(struct!.devtmpfsAutomount),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    distro: {
      value: cdktf.booleanToHclTerraform(struct!.distro),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    modules_dep: {
      value: cdktf.booleanToHclTerraform(struct!.modulesDep),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    network: {
      value: cdktf.booleanToHclTerraform(struct!.network),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    updatedb_disabled: {
      value: cdktf.booleanToHclTerraform(struct!.updatedbDisabled),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigHelpersAOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): InstanceConfigHelpersA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._devtmpfsAutomount !== undefined) {
      hasAnyValues = true;
      internalValueResult.devtmpfsAutomount = this._devtmpfsAutomount;
    }
    if (this._distro !== undefined) {
      hasAnyValues = true;
      internalValueResult.distro = this._distro;
    }
    if (this._modulesDep !== undefined) {
      hasAnyValues = true;
      internalValueResult.modulesDep = this._modulesDep;
    }
    if (this._network !== undefined) {
      hasAnyValues = true;
      internalValueResult.network = this._network;
    }
    if (this._updatedbDisabled !== undefined) {
      hasAnyValues = true;
      internalValueResult.updatedbDisabled = this._updatedbDisabled;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigHelpersA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._devtmpfsAutomount = undefined;
      this._distro = undefined;
      this._modulesDep = undefined;
      this._network = undefined;
      this._updatedbDisabled = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._devtmpfsAutomount = value.devtmpfsAutomount;
      this._distro = value.distro;
      this._modulesDep = value.modulesDep;
      this._network = value.network;
      this._updatedbDisabled = value.updatedbDisabled;
    }
  }

  // devtmpfs_automount - computed: false, optional: true, required: false
  private _devtmpfsAutomount?: boolean | cdktf.IResolvable; 
  public get devtmpfsAutomount() {
    return this.getBooleanAttribute('devtmpfs_automount');
  }
  public set devtmpfsAutomount(value: boolean | cdktf.IResolvable) {
    this._devtmpfsAutomount = value;
  }
  public resetDevtmpfsAutomount() {
    this._devtmpfsAutomount = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get devtmpfsAutomountInput() {
    return this._devtmpfsAutomount;
  }

  // distro - computed: false, optional: true, required: false
  private _distro?: boolean | cdktf.IResolvable; 
  public get distro() {
    return this.getBooleanAttribute('distro');
  }
  public set distro(value: boolean | cdktf.IResolvable) {
    this._distro = value;
  }
  public resetDistro() {
    this._distro = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get distroInput() {
    return this._distro;
  }

  // modules_dep - computed: false, optional: true, required: false
  private _modulesDep?: boolean | cdktf.IResolvable; 
  public get modulesDep() {
    return this.getBooleanAttribute('modules_dep');
  }
  public set modulesDep(value: boolean | cdktf.IResolvable) {
    this._modulesDep = value;
  }
  public resetModulesDep() {
    this._modulesDep = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get modulesDepInput() {
    return this._modulesDep;
  }

  // network - computed: false, optional: true, required: false
  private _network?: boolean | cdktf.IResolvable; 
  public get network() {
    return this.getBooleanAttribute('network');
  }
  public set network(value: boolean | cdktf.IResolvable) {
    this._network = value;
  }
  public resetNetwork() {
    this._network = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get networkInput() {
    return this._network;
  }

  // updatedb_disabled - computed: false, optional: true, required: false
  private _updatedbDisabled?: boolean | cdktf.IResolvable; 
  public get updatedbDisabled() {
    return this.getBooleanAttribute('updatedb_disabled');
  }
  public set updatedbDisabled(value: boolean | cdktf.IResolvable) {
    this._updatedbDisabled = value;
  }
  public resetUpdatedbDisabled() {
    this._updatedbDisabled = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get updatedbDisabledInput() {
    return this._updatedbDisabled;
  }
}

export class InstanceConfigHelpersAList extends cdktf.ComplexList {
  public internalValue? : InstanceConfigHelpersA[] | cdktf.IResolvable

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
  public get(index: number): InstanceConfigHelpersAOutputReference {
    return new InstanceConfigHelpersAOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface InstanceConfigInterfaceIpv4A {
  /**
  * The public IP that will be used for the one-to-one NAT purpose.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#nat_1_1 InstanceConfigA#nat_1_1}
  */
  readonly nat11?: string;
  /**
  * The IP from the VPC subnet to use for this interface.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#vpc InstanceConfigA#vpc}
  */
  readonly vpc?: string;
}

export function instanceConfigInterfaceIpv4AToTerraform(struct?: InstanceConfigInterfaceIpv4AOutputReference | InstanceConfigInterfaceIpv4A): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    nat_1_1: cdktf.stringToTerraform(struct!.nat11),
    vpc: cdktf.stringToTerraform(struct!.vpc),
  }
}


export function instanceConfigInterfaceIpv4AToHclTerraform(struct?: InstanceConfigInterfaceIpv4AOutputReference | InstanceConfigInterfaceIpv4A): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    nat_1_1: {
      value: cdktf.stringToHclTerraform(struct!.nat11),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    vpc: {
      value: cdktf.stringToHclTerraform(struct!.vpc),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigInterfaceIpv4AOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigInterfaceIpv4A | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._nat11 !== undefined) {
      hasAnyValues = true;
      internalValueResult.nat11 = this._nat11;
    }
    if (this._vpc !== undefined) {
      hasAnyValues = true;
      internalValueResult.vpc = this._vpc;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigInterfaceIpv4A | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._nat11 = undefined;
      this._vpc = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._nat11 = value.nat11;
      this._vpc = value.vpc;
    }
  }

  // nat_1_1 - computed: true, optional: true, required: false
  private _nat11?: string; 
  public get nat11() {
    return this.getStringAttribute('nat_1_1');
  }
  public set nat11(value: string) {
    this._nat11 = value;
  }
  public resetNat11() {
    this._nat11 = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get nat11Input() {
    return this._nat11;
  }

  // vpc - computed: true, optional: true, required: false
  private _vpc?: string; 
  public get vpc() {
    return this.getStringAttribute('vpc');
  }
  public set vpc(value: string) {
    this._vpc = value;
  }
  public resetVpc() {
    this._vpc = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get vpcInput() {
    return this._vpc;
  }
}
export interface InstanceConfigInterfaceIpv6RangeA {
  /**
  * A prefix to add to this interface, or `auto` for a new IPv6 prefix to be automatically allocated.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#range InstanceConfigA#range}
  */
  readonly range?: string;
}

export function instanceConfigInterfaceIpv6RangeAToTerraform(struct?: InstanceConfigInterfaceIpv6RangeA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    range: cdktf.stringToTerraform(struct!.range),
  }
}


export function instanceConfigInterfaceIpv6RangeAToHclTerraform(struct?: InstanceConfigInterfaceIpv6RangeA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    range: {
      value: cdktf.stringToHclTerraform(struct!.range),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigInterfaceIpv6RangeAOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): InstanceConfigInterfaceIpv6RangeA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._range !== undefined) {
      hasAnyValues = true;
      internalValueResult.range = this._range;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigInterfaceIpv6RangeA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._range = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._range = value.range;
    }
  }

  // assigned_range - computed: true, optional: false, required: false
  public get assignedRange() {
    return this.getStringAttribute('assigned_range');
  }

  // range - computed: false, optional: true, required: false
  private _range?: string; 
  public get range() {
    return this.getStringAttribute('range');
  }
  public set range(value: string) {
    this._range = value;
  }
  public resetRange() {
    this._range = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rangeInput() {
    return this._range;
  }
}

export class InstanceConfigInterfaceIpv6RangeAList extends cdktf.ComplexList {
  public internalValue? : InstanceConfigInterfaceIpv6RangeA[] | cdktf.IResolvable

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
  public get(index: number): InstanceConfigInterfaceIpv6RangeAOutputReference {
    return new InstanceConfigInterfaceIpv6RangeAOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface InstanceConfigInterfaceIpv6SlaacA {
  /**
  * A SLAAC prefix to add to this interface, or `auto` for a new IPv6 prefix to be automatically allocated.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#range InstanceConfigA#range}
  */
  readonly range?: string;
}

export function instanceConfigInterfaceIpv6SlaacAToTerraform(struct?: InstanceConfigInterfaceIpv6SlaacA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    range: cdktf.stringToTerraform(struct!.range),
  }
}


export function instanceConfigInterfaceIpv6SlaacAToHclTerraform(struct?: InstanceConfigInterfaceIpv6SlaacA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    range: {
      value: cdktf.stringToHclTerraform(struct!.range),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigInterfaceIpv6SlaacAOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): InstanceConfigInterfaceIpv6SlaacA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._range !== undefined) {
      hasAnyValues = true;
      internalValueResult.range = this._range;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigInterfaceIpv6SlaacA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._range = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._range = value.range;
    }
  }

  // address - computed: true, optional: false, required: false
  public get address() {
    return this.getStringAttribute('address');
  }

  // assigned_range - computed: true, optional: false, required: false
  public get assignedRange() {
    return this.getStringAttribute('assigned_range');
  }

  // range - computed: false, optional: true, required: false
  private _range?: string; 
  public get range() {
    return this.getStringAttribute('range');
  }
  public set range(value: string) {
    this._range = value;
  }
  public resetRange() {
    this._range = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rangeInput() {
    return this._range;
  }
}

export class InstanceConfigInterfaceIpv6SlaacAList extends cdktf.ComplexList {
  public internalValue? : InstanceConfigInterfaceIpv6SlaacA[] | cdktf.IResolvable

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
  public get(index: number): InstanceConfigInterfaceIpv6SlaacAOutputReference {
    return new InstanceConfigInterfaceIpv6SlaacAOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}
export interface InstanceConfigInterfaceIpv6A {
  /**
  * If true, connections from the interface to IPv6 addresses outside the VPC, and connections from IPv6 addresses outside the VPC to the interface will be permitted.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#is_public InstanceConfigA#is_public}
  */
  readonly isPublic?: boolean | cdktf.IResolvable;
  /**
  * range block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#range InstanceConfigA#range}
  */
  readonly range?: InstanceConfigInterfaceIpv6RangeA[] | cdktf.IResolvable;
  /**
  * slaac block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#slaac InstanceConfigA#slaac}
  */
  readonly slaac?: InstanceConfigInterfaceIpv6SlaacA[] | cdktf.IResolvable;
}

export function instanceConfigInterfaceIpv6AToTerraform(struct?: InstanceConfigInterfaceIpv6AOutputReference | InstanceConfigInterfaceIpv6A): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    is_public: cdktf.booleanToTerraform(struct!.isPublic),
    range: cdktf.listMapper(instanceConfigInterfaceIpv6RangeAToTerraform, true)(struct!.range),
    slaac: cdktf.listMapper(instanceConfigInterfaceIpv6SlaacAToTerraform, true)(struct!.slaac),
  }
}


export function instanceConfigInterfaceIpv6AToHclTerraform(struct?: InstanceConfigInterfaceIpv6AOutputReference | InstanceConfigInterfaceIpv6A): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    is_public: {
      value: cdktf.booleanToHclTerraform(struct!.isPublic),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    range: {
      value: cdktf.listMapperHcl(instanceConfigInterfaceIpv6RangeAToHclTerraform, true)(struct!.range),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigInterfaceIpv6RangeAList",
    },
    slaac: {
      value: cdktf.listMapperHcl(instanceConfigInterfaceIpv6SlaacAToHclTerraform, true)(struct!.slaac),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigInterfaceIpv6SlaacAList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigInterfaceIpv6AOutputReference extends cdktf.ComplexObject {
  private isEmptyObject = false;

  /**
  * @param terraformResource The parent resource
  * @param terraformAttribute The attribute on the parent resource this class is referencing
  */
  public constructor(terraformResource: cdktf.IInterpolatingParent, terraformAttribute: string) {
    super(terraformResource, terraformAttribute, false, 0);
  }

  public get internalValue(): InstanceConfigInterfaceIpv6A | undefined {
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._isPublic !== undefined) {
      hasAnyValues = true;
      internalValueResult.isPublic = this._isPublic;
    }
    if (this._range?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.range = this._range?.internalValue;
    }
    if (this._slaac?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.slaac = this._slaac?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigInterfaceIpv6A | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this._isPublic = undefined;
      this._range.internalValue = undefined;
      this._slaac.internalValue = undefined;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this._isPublic = value.isPublic;
      this._range.internalValue = value.range;
      this._slaac.internalValue = value.slaac;
    }
  }

  // is_public - computed: true, optional: true, required: false
  private _isPublic?: boolean | cdktf.IResolvable; 
  public get isPublic() {
    return this.getBooleanAttribute('is_public');
  }
  public set isPublic(value: boolean | cdktf.IResolvable) {
    this._isPublic = value;
  }
  public resetIsPublic() {
    this._isPublic = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get isPublicInput() {
    return this._isPublic;
  }

  // range - computed: false, optional: true, required: false
  private _range = new InstanceConfigInterfaceIpv6RangeAList(this, "range", false);
  public get range() {
    return this._range;
  }
  public putRange(value: InstanceConfigInterfaceIpv6RangeA[] | cdktf.IResolvable) {
    this._range.internalValue = value;
  }
  public resetRange() {
    this._range.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rangeInput() {
    return this._range.internalValue;
  }

  // slaac - computed: false, optional: true, required: false
  private _slaac = new InstanceConfigInterfaceIpv6SlaacAList(this, "slaac", false);
  public get slaac() {
    return this._slaac;
  }
  public putSlaac(value: InstanceConfigInterfaceIpv6SlaacA[] | cdktf.IResolvable) {
    this._slaac.internalValue = value;
  }
  public resetSlaac() {
    this._slaac.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get slaacInput() {
    return this._slaac.internalValue;
  }
}
export interface InstanceConfigInterfaceA {
  /**
  * List of VPC IPs or IP ranges inside the VPC subnet.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#ip_ranges InstanceConfigA#ip_ranges}
  */
  readonly ipRanges?: string[];
  /**
  * This Network Interface's private IP address in Classless Inter-Domain Routing (CIDR) notation.This attribute is only allowed for VLAN interfaces.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#ipam_address InstanceConfigA#ipam_address}
  */
  readonly ipamAddress?: string;
  /**
  * The name of the VALN. This attribute is required for VLAN interfaces. This attribute is only allowed for VLAN interfaces.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#label InstanceConfigA#label}
  */
  readonly label?: string;
  /**
  * Whether the interface is the primary interface that should have the default route for this Linode.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#primary InstanceConfigA#primary}
  */
  readonly primary?: boolean | cdktf.IResolvable;
  /**
  * The type of interface.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#purpose InstanceConfigA#purpose}
  */
  readonly purpose: string;
  /**
  * The ID of the subnet which the VPC interface is connected to.This attribute is required for VPC interfaces.This attribute is only allowed for VPC interfaces.
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#subnet_id InstanceConfigA#subnet_id}
  */
  readonly subnetId?: number;
  /**
  * ipv4 block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#ipv4 InstanceConfigA#ipv4}
  */
  readonly ipv4?: InstanceConfigInterfaceIpv4A;
  /**
  * ipv6 block
  *
  * Docs at Terraform Registry: {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#ipv6 InstanceConfigA#ipv6}
  */
  readonly ipv6?: InstanceConfigInterfaceIpv6A;
}

export function instanceConfigInterfaceAToTerraform(struct?: InstanceConfigInterfaceA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  return {
    ip_ranges: cdktf.listMapper(cdktf.stringToTerraform, false)(struct!.ipRanges),
    ipam_address: cdktf.stringToTerraform(struct!.ipamAddress),
    label: cdktf.stringToTerraform(struct!.label),
    primary: cdktf.booleanToTerraform(struct!.primary),
    purpose: cdktf.stringToTerraform(struct!.purpose),
    subnet_id: cdktf.numberToTerraform(struct!.subnetId),
    ipv4: instanceConfigInterfaceIpv4AToTerraform(struct!.ipv4),
    ipv6: instanceConfigInterfaceIpv6AToTerraform(struct!.ipv6),
  }
}


export function instanceConfigInterfaceAToHclTerraform(struct?: InstanceConfigInterfaceA | cdktf.IResolvable): any {
  if (!cdktf.canInspect(struct) || cdktf.Tokenization.isResolvable(struct)) { return struct; }
  if (cdktf.isComplexElement(struct)) {
    throw new Error("A complex element was used as configuration, this is not supported: https://cdk.tf/complex-object-as-configuration");
  }
  const attrs = {
    ip_ranges: {
      value: cdktf.listMapperHcl(cdktf.stringToHclTerraform, false)(struct!.ipRanges),
      isBlock: false,
      type: "list",
      storageClassType: "stringList",
    },
    ipam_address: {
      value: cdktf.stringToHclTerraform(struct!.ipamAddress),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    label: {
      value: cdktf.stringToHclTerraform(struct!.label),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    primary: {
      value: cdktf.booleanToHclTerraform(struct!.primary),
      isBlock: false,
      type: "simple",
      storageClassType: "boolean",
    },
    purpose: {
      value: cdktf.stringToHclTerraform(struct!.purpose),
      isBlock: false,
      type: "simple",
      storageClassType: "string",
    },
    subnet_id: {
      value: cdktf.numberToHclTerraform(struct!.subnetId),
      isBlock: false,
      type: "simple",
      storageClassType: "number",
    },
    ipv4: {
      value: instanceConfigInterfaceIpv4AToHclTerraform(struct!.ipv4),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigInterfaceIpv4AList",
    },
    ipv6: {
      value: instanceConfigInterfaceIpv6AToHclTerraform(struct!.ipv6),
      isBlock: true,
      type: "list",
      storageClassType: "InstanceConfigInterfaceIpv6AList",
    },
  };

  // remove undefined attributes
  return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined));
}

export class InstanceConfigInterfaceAOutputReference extends cdktf.ComplexObject {
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

  public get internalValue(): InstanceConfigInterfaceA | cdktf.IResolvable | undefined {
    if (this.resolvableValue) {
      return this.resolvableValue;
    }
    let hasAnyValues = this.isEmptyObject;
    const internalValueResult: any = {};
    if (this._ipRanges !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipRanges = this._ipRanges;
    }
    if (this._ipamAddress !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipamAddress = this._ipamAddress;
    }
    if (this._label !== undefined) {
      hasAnyValues = true;
      internalValueResult.label = this._label;
    }
    if (this._primary !== undefined) {
      hasAnyValues = true;
      internalValueResult.primary = this._primary;
    }
    if (this._purpose !== undefined) {
      hasAnyValues = true;
      internalValueResult.purpose = this._purpose;
    }
    if (this._subnetId !== undefined) {
      hasAnyValues = true;
      internalValueResult.subnetId = this._subnetId;
    }
    if (this._ipv4?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv4 = this._ipv4?.internalValue;
    }
    if (this._ipv6?.internalValue !== undefined) {
      hasAnyValues = true;
      internalValueResult.ipv6 = this._ipv6?.internalValue;
    }
    return hasAnyValues ? internalValueResult : undefined;
  }

  public set internalValue(value: InstanceConfigInterfaceA | cdktf.IResolvable | undefined) {
    if (value === undefined) {
      this.isEmptyObject = false;
      this.resolvableValue = undefined;
      this._ipRanges = undefined;
      this._ipamAddress = undefined;
      this._label = undefined;
      this._primary = undefined;
      this._purpose = undefined;
      this._subnetId = undefined;
      this._ipv4.internalValue = undefined;
      this._ipv6.internalValue = undefined;
    }
    else if (cdktf.Tokenization.isResolvable(value)) {
      this.isEmptyObject = false;
      this.resolvableValue = value;
    }
    else {
      this.isEmptyObject = Object.keys(value).length === 0;
      this.resolvableValue = undefined;
      this._ipRanges = value.ipRanges;
      this._ipamAddress = value.ipamAddress;
      this._label = value.label;
      this._primary = value.primary;
      this._purpose = value.purpose;
      this._subnetId = value.subnetId;
      this._ipv4.internalValue = value.ipv4;
      this._ipv6.internalValue = value.ipv6;
    }
  }

  // active - computed: true, optional: false, required: false
  public get active() {
    return this.getBooleanAttribute('active');
  }

  // id - computed: true, optional: false, required: false
  public get id() {
    return this.getNumberAttribute('id');
  }

  // ip_ranges - computed: false, optional: true, required: false
  private _ipRanges?: string[]; 
  public get ipRanges() {
    return this.getListAttribute('ip_ranges');
  }
  public set ipRanges(value: string[]) {
    this._ipRanges = value;
  }
  public resetIpRanges() {
    this._ipRanges = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipRangesInput() {
    return this._ipRanges;
  }

  // ipam_address - computed: false, optional: true, required: false
  private _ipamAddress?: string; 
  public get ipamAddress() {
    return this.getStringAttribute('ipam_address');
  }
  public set ipamAddress(value: string) {
    this._ipamAddress = value;
  }
  public resetIpamAddress() {
    this._ipamAddress = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipamAddressInput() {
    return this._ipamAddress;
  }

  // label - computed: false, optional: true, required: false
  private _label?: string; 
  public get label() {
    return this.getStringAttribute('label');
  }
  public set label(value: string) {
    this._label = value;
  }
  public resetLabel() {
    this._label = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get labelInput() {
    return this._label;
  }

  // primary - computed: false, optional: true, required: false
  private _primary?: boolean | cdktf.IResolvable; 
  public get primary() {
    return this.getBooleanAttribute('primary');
  }
  public set primary(value: boolean | cdktf.IResolvable) {
    this._primary = value;
  }
  public resetPrimary() {
    this._primary = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get primaryInput() {
    return this._primary;
  }

  // purpose - computed: false, optional: false, required: true
  private _purpose?: string; 
  public get purpose() {
    return this.getStringAttribute('purpose');
  }
  public set purpose(value: string) {
    this._purpose = value;
  }
  // Temporarily expose input value. Use with caution.
  public get purposeInput() {
    return this._purpose;
  }

  // subnet_id - computed: false, optional: true, required: false
  private _subnetId?: number; 
  public get subnetId() {
    return this.getNumberAttribute('subnet_id');
  }
  public set subnetId(value: number) {
    this._subnetId = value;
  }
  public resetSubnetId() {
    this._subnetId = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get subnetIdInput() {
    return this._subnetId;
  }

  // vpc_id - computed: true, optional: false, required: false
  public get vpcId() {
    return this.getNumberAttribute('vpc_id');
  }

  // ipv4 - computed: false, optional: true, required: false
  private _ipv4 = new InstanceConfigInterfaceIpv4AOutputReference(this, "ipv4");
  public get ipv4() {
    return this._ipv4;
  }
  public putIpv4(value: InstanceConfigInterfaceIpv4A) {
    this._ipv4.internalValue = value;
  }
  public resetIpv4() {
    this._ipv4.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv4Input() {
    return this._ipv4.internalValue;
  }

  // ipv6 - computed: false, optional: true, required: false
  private _ipv6 = new InstanceConfigInterfaceIpv6AOutputReference(this, "ipv6");
  public get ipv6() {
    return this._ipv6;
  }
  public putIpv6(value: InstanceConfigInterfaceIpv6A) {
    this._ipv6.internalValue = value;
  }
  public resetIpv6() {
    this._ipv6.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get ipv6Input() {
    return this._ipv6.internalValue;
  }
}

export class InstanceConfigInterfaceAList extends cdktf.ComplexList {
  public internalValue? : InstanceConfigInterfaceA[] | cdktf.IResolvable

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
  public get(index: number): InstanceConfigInterfaceAOutputReference {
    return new InstanceConfigInterfaceAOutputReference(this.terraformResource, this.terraformAttribute, index, this.wrapsSet);
  }
}

/**
* Represents a {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config linode_instance_config}
*/
export class InstanceConfigA extends cdktf.TerraformResource {

  // =================
  // STATIC PROPERTIES
  // =================
  public static readonly tfResourceType = "linode_instance_config";

  // ==============
  // STATIC Methods
  // ==============
  /**
  * Generates CDKTF code for importing a InstanceConfigA resource upon running "cdktf plan <stack-name>"
  * @param scope The scope in which to define this construct
  * @param importToId The construct id used in the generated config for the InstanceConfigA to import
  * @param importFromId The id of the existing InstanceConfigA that should be imported. Refer to the {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config#import import section} in the documentation of this resource for the id to use
  * @param provider? Optional instance of the provider where the InstanceConfigA to import is found
  */
  public static generateConfigForImport(scope: Construct, importToId: string, importFromId: string, provider?: cdktf.TerraformProvider) {
        return new cdktf.ImportableResource(scope, importToId, { terraformResourceType: "linode_instance_config", importId: importFromId, provider });
      }

  // ===========
  // INITIALIZER
  // ===========

  /**
  * Create a new {@link https://registry.opentofu.org/providers/linode/linode/3.13.0/docs/resources/instance_config linode_instance_config} Resource
  *
  * @param scope The scope in which to define this construct
  * @param id The scoped construct ID. Must be unique amongst siblings in the same scope
  * @param options InstanceConfigAConfig
  */
  public constructor(scope: Construct, id: string, config: InstanceConfigAConfig) {
    super(scope, id, {
      terraformResourceType: 'linode_instance_config',
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
    this._booted = config.booted;
    this._comments = config.comments;
    this._id = config.id;
    this._kernel = config.kernel;
    this._label = config.label;
    this._linodeId = config.linodeId;
    this._memoryLimit = config.memoryLimit;
    this._rootDevice = config.rootDevice;
    this._runLevel = config.runLevel;
    this._virtMode = config.virtMode;
    this._device.internalValue = config.device;
    this._devices.internalValue = config.devices;
    this._helpers.internalValue = config.helpers;
    this._interface.internalValue = config.interface;
  }

  // ==========
  // ATTRIBUTES
  // ==========

  // booted - computed: true, optional: true, required: false
  private _booted?: boolean | cdktf.IResolvable; 
  public get booted() {
    return this.getBooleanAttribute('booted');
  }
  public set booted(value: boolean | cdktf.IResolvable) {
    this._booted = value;
  }
  public resetBooted() {
    this._booted = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get bootedInput() {
    return this._booted;
  }

  // comments - computed: false, optional: true, required: false
  private _comments?: string; 
  public get comments() {
    return this.getStringAttribute('comments');
  }
  public set comments(value: string) {
    this._comments = value;
  }
  public resetComments() {
    this._comments = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get commentsInput() {
    return this._comments;
  }

  // id - computed: true, optional: true, required: false
  private _id?: string; 
  public get id() {
    return this.getStringAttribute('id');
  }
  public set id(value: string) {
    this._id = value;
  }
  public resetId() {
    this._id = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get idInput() {
    return this._id;
  }

  // kernel - computed: false, optional: true, required: false
  private _kernel?: string; 
  public get kernel() {
    return this.getStringAttribute('kernel');
  }
  public set kernel(value: string) {
    this._kernel = value;
  }
  public resetKernel() {
    this._kernel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get kernelInput() {
    return this._kernel;
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

  // linode_id - computed: false, optional: false, required: true
  private _linodeId?: number; 
  public get linodeId() {
    return this.getNumberAttribute('linode_id');
  }
  public set linodeId(value: number) {
    this._linodeId = value;
  }
  // Temporarily expose input value. Use with caution.
  public get linodeIdInput() {
    return this._linodeId;
  }

  // memory_limit - computed: true, optional: true, required: false
  private _memoryLimit?: number; 
  public get memoryLimit() {
    return this.getNumberAttribute('memory_limit');
  }
  public set memoryLimit(value: number) {
    this._memoryLimit = value;
  }
  public resetMemoryLimit() {
    this._memoryLimit = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get memoryLimitInput() {
    return this._memoryLimit;
  }

  // root_device - computed: false, optional: true, required: false
  private _rootDevice?: string; 
  public get rootDevice() {
    return this.getStringAttribute('root_device');
  }
  public set rootDevice(value: string) {
    this._rootDevice = value;
  }
  public resetRootDevice() {
    this._rootDevice = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get rootDeviceInput() {
    return this._rootDevice;
  }

  // run_level - computed: false, optional: true, required: false
  private _runLevel?: string; 
  public get runLevel() {
    return this.getStringAttribute('run_level');
  }
  public set runLevel(value: string) {
    this._runLevel = value;
  }
  public resetRunLevel() {
    this._runLevel = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get runLevelInput() {
    return this._runLevel;
  }

  // virt_mode - computed: false, optional: true, required: false
  private _virtMode?: string; 
  public get virtMode() {
    return this.getStringAttribute('virt_mode');
  }
  public set virtMode(value: string) {
    this._virtMode = value;
  }
  public resetVirtMode() {
    this._virtMode = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get virtModeInput() {
    return this._virtMode;
  }

  // device - computed: false, optional: true, required: false
  private _device = new InstanceConfigDeviceList(this, "device", true);
  public get device() {
    return this._device;
  }
  public putDevice(value: InstanceConfigDevice[] | cdktf.IResolvable) {
    this._device.internalValue = value;
  }
  public resetDevice() {
    this._device.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get deviceInput() {
    return this._device.internalValue;
  }

  // devices - computed: false, optional: true, required: false
  private _devices = new InstanceConfigDevicesAOutputReference(this, "devices");
  public get devices() {
    return this._devices;
  }
  public putDevices(value: InstanceConfigDevicesA) {
    this._devices.internalValue = value;
  }
  public resetDevices() {
    this._devices.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get devicesInput() {
    return this._devices.internalValue;
  }

  // helpers - computed: false, optional: true, required: false
  private _helpers = new InstanceConfigHelpersAList(this, "helpers", false);
  public get helpers() {
    return this._helpers;
  }
  public putHelpers(value: InstanceConfigHelpersA[] | cdktf.IResolvable) {
    this._helpers.internalValue = value;
  }
  public resetHelpers() {
    this._helpers.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get helpersInput() {
    return this._helpers.internalValue;
  }

  // interface - computed: false, optional: true, required: false
  private _interface = new InstanceConfigInterfaceAList(this, "interface", false);
  public get interface() {
    return this._interface;
  }
  public putInterface(value: InstanceConfigInterfaceA[] | cdktf.IResolvable) {
    this._interface.internalValue = value;
  }
  public resetInterface() {
    this._interface.internalValue = undefined;
  }
  // Temporarily expose input value. Use with caution.
  public get interfaceInput() {
    return this._interface.internalValue;
  }

  // =========
  // SYNTHESIS
  // =========

  protected synthesizeAttributes(): { [name: string]: any } {
    return {
      booted: cdktf.booleanToTerraform(this._booted),
      comments: cdktf.stringToTerraform(this._comments),
      id: cdktf.stringToTerraform(this._id),
      kernel: cdktf.stringToTerraform(this._kernel),
      label: cdktf.stringToTerraform(this._label),
      linode_id: cdktf.numberToTerraform(this._linodeId),
      memory_limit: cdktf.numberToTerraform(this._memoryLimit),
      root_device: cdktf.stringToTerraform(this._rootDevice),
      run_level: cdktf.stringToTerraform(this._runLevel),
      virt_mode: cdktf.stringToTerraform(this._virtMode),
      device: cdktf.listMapper(instanceConfigDeviceToTerraform, true)(this._device.internalValue),
      devices: instanceConfigDevicesAToTerraform(this._devices.internalValue),
      helpers: cdktf.listMapper(instanceConfigHelpersAToTerraform, true)(this._helpers.internalValue),
      interface: cdktf.listMapper(instanceConfigInterfaceAToTerraform, true)(this._interface.internalValue),
    };
  }

  protected synthesizeHclAttributes(): { [name: string]: any } {
    const attrs = {
      booted: {
        value: cdktf.booleanToHclTerraform(this._booted),
        isBlock: false,
        type: "simple",
        storageClassType: "boolean",
      },
      comments: {
        value: cdktf.stringToHclTerraform(this._comments),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      id: {
        value: cdktf.stringToHclTerraform(this._id),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      kernel: {
        value: cdktf.stringToHclTerraform(this._kernel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      label: {
        value: cdktf.stringToHclTerraform(this._label),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      linode_id: {
        value: cdktf.numberToHclTerraform(this._linodeId),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      memory_limit: {
        value: cdktf.numberToHclTerraform(this._memoryLimit),
        isBlock: false,
        type: "simple",
        storageClassType: "number",
      },
      root_device: {
        value: cdktf.stringToHclTerraform(this._rootDevice),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      run_level: {
        value: cdktf.stringToHclTerraform(this._runLevel),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      virt_mode: {
        value: cdktf.stringToHclTerraform(this._virtMode),
        isBlock: false,
        type: "simple",
        storageClassType: "string",
      },
      device: {
        value: cdktf.listMapperHcl(instanceConfigDeviceToHclTerraform, true)(this._device.internalValue),
        isBlock: true,
        type: "set",
        storageClassType: "InstanceConfigDeviceList",
      },
      devices: {
        value: instanceConfigDevicesAToHclTerraform(this._devices.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "InstanceConfigDevicesAList",
      },
      helpers: {
        value: cdktf.listMapperHcl(instanceConfigHelpersAToHclTerraform, true)(this._helpers.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "InstanceConfigHelpersAList",
      },
      interface: {
        value: cdktf.listMapperHcl(instanceConfigInterfaceAToHclTerraform, true)(this._interface.internalValue),
        isBlock: true,
        type: "list",
        storageClassType: "InstanceConfigInterfaceAList",
      },
    };

    // remove undefined attributes
    return Object.fromEntries(Object.entries(attrs).filter(([_, value]) => value !== undefined && value.value !== undefined ))
  }
}
