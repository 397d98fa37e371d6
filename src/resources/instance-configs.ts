/**
 * The instance configurations the emulator offers: one, `emulator-config`, in every project, as
 * the official emulator does. CreateInstance accepts any config name; this list is what is shown.
 */
export const EMULATOR_CONFIG_ID = 'emulator-config';
export const EMULATOR_CONFIG_DISPLAY_NAME = 'Emulator Instance Config';

export interface InstanceConfigInfo {
  readonly id: string;
  readonly displayName: string;
}

export function listInstanceConfigInfos(): InstanceConfigInfo[] {
  return [{ id: EMULATOR_CONFIG_ID, displayName: EMULATOR_CONFIG_DISPLAY_NAME }];
}

export function findInstanceConfigInfo(id: string): InstanceConfigInfo | undefined {
  return listInstanceConfigInfos().find((c) => c.id === id);
}
