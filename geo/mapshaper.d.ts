// Minimal typing for the part of the mapshaper Node API used by the geo build.
declare module 'mapshaper' {
  const mapshaper: {
    applyCommands(commands: string, input: Record<string, string | object>): Promise<Record<string, Buffer | string>>;
  };
  export default mapshaper;
}
