// Places listed before one government share it only where they are places of that government's tier, and not when the registry knows them.
import { splitUnits } from '../../src/core/units/units';

describe('places sharing the government written after the last one', () => {
  test('counties and districts before a county government share it (咸安区、嘉鱼县、通山县人民政府)', () => {
    expect(splitUnits('咸安区、嘉鱼县、通山县人民政府')).toEqual(['咸安区人民政府', '嘉鱼县人民政府', '通山县人民政府']);
  });

  test('a town before another county\'s government is a unit of its own (the benchmark ledger: 1,057 false UNKNOWN_UNIT)', () => {
    expect(splitUnits('霍山县新岗镇、舒城县人民政府')).toEqual(['霍山县新岗镇', '舒城县人民政府']);
    expect(splitUnits('城关镇、霍山县人民政府')).toEqual(['城关镇', '霍山县人民政府']);
    // towns before a town's government still share it
    expect(splitUnits('柳林镇、城关镇人民政府')).toEqual(['柳林镇人民政府', '城关镇人民政府']);
  });

  test('a name the registry knows is kept as written', () => {
    expect(splitUnits('霍山县、舒城县人民政府', (n) => n === '霍山县')).toEqual(['霍山县', '舒城县人民政府']);
    expect(splitUnits('霍山县、舒城县人民政府')).toEqual(['霍山县人民政府', '舒城县人民政府']);
  });
});
