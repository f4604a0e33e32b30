// Added columns of a return against the ledger's columns: taken where the ledger has the kind, else listed with why (written first).
import { extraFieldOf, takeExtras, wordsOf } from '../../src/core/returns';

test('an added column is known by the ledger\'s own words for its kind', () => {
  expect(['版面', '刊发位置', '稿件类型', '领导批示', '作者', '通讯员', '字数', '链接', '原文链接', '报送途径', '上级计分', '备注', ''].map(extraFieldOf))
    .toEqual(['placement', 'placement', 'pieceType', 'instruction', 'author', 'author', 'words', 'link', 'link', 'route', null, null, null]);
});

test('字数 as clerks write it', () => {
  expect(['1200', '1200字', '约1,200字', '3000余字', '一千二百', '1200字左右'].map(wordsOf)).toEqual([1200, 1200, 1200, 3000, 1200, 1200]);
  expect(['一千多', '1.2万', '0', '', '较长'].map(wordsOf)).toEqual([null, null, null, null, null]);
});

test('taken where the ledger has the column, listed where it has none or the value is no number', () => {
  const cells = [
    { header: '版面', cell: 'H2', text: '头版头条' },
    { header: '类型', cell: 'I2', text: '消息' },
    { header: '批示', cell: 'J2', text: '市长批示' },
    { header: '字数', cell: 'K2', text: '一千多' },
    { header: '备注', cell: 'L2', text: '转载' },
    { header: '报送途径', cell: 'M2', text: '市府办转报' },
    { header: '上级计分', cell: 'N2', text: '10' },
  ];
  const { values, notes } = takeExtras(cells, new Set(['placement', 'instruction', 'words', 'route', 'given']));
  expect(values).toEqual({ placement: '头版头条', instruction: '市长批示', route: '市府办转报' });
  expect(notes).toEqual([
    'I2“类型”列所填“消息”未汇总入台账：报送台账没有类型列',
    'J2“批示”列所填“市长批示”已写入台账的批示列：批示加分，请对照批示件核实',
    'K2“字数”列所填“一千多”不是字数，未汇总入台账',
    'L2“备注”列不是填报表的列，所填“转载”未汇总入台账',
    'M2“报送途径”列所填“市府办转报”已写入台账的报送途径列：报送途径影响计分，请核实',
    'N2“上级计分”列所填“10”未汇总入台账：计分由督办单位认定，不取单位所填',
  ]);
});
