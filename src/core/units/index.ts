// Units: splitting and matching unit names against the registry (单位名录), and registry handles.
export * from './edit-distance';
export * from './groups';
export * from './look-alikes';
export * from './registry-handles';
export * from './registry-sheet';
export * from './unit-roles';
export * from './units';
export * from './carried-units';
