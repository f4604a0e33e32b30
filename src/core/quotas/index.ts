// Quotas: quota phrases (每月不少于2篇) and expected counts over a window.
export * from './quota';
export * from './by-category';
export * from './frequency';
export * from './scope';
