// Types of the files webpack bundles as text (asset/source): the sample's CSV files.
declare module '*.csv' {
  const text: string;
  export default text;
}
