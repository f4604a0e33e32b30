// Traditional → simplified characters, one for one, so a plan or a table in 繁體 is read by the same rules.
// A plan's reading uses the simplified copy and quotes names and phrases as written; a table's header words and unit
// cells are read through it, so that 牽頭單位 is a header and 市政府辦公室 the registry's 市政府办公室.

/** Pairs "繁简", space-separated, seen in published plans' headings, unit labels, deadlines and quotas. */
const PAIRS =
  '責责 單单 牽牵 頭头 門门 協协 辦办 鄉乡 鎮镇 縣县 區区 屬属 機机 關关 會会 員员 務务 衞卫 衛卫 醫医 療疗 險险 監监 體体 輿舆 論论 傳传 發发 佈布 報报 ' +
  '導导 視视 頻频 聞闻 廣广 電电 臺台 網网 絡络 場场 條条 個个 項项 塊块 張张 則则 輪轮 週周 於于 兩两 萬万 間间 內内 達达 開开 號号 後后 從从 與与 應应 ' +
  '禮礼 雙双 數数 時时 進进 節节 適适 際际 歲岁 屆届 幾几 點点 爲为 為为 實实 組组 織织 黨党 紀纪 農农 業业 環环 資资 營营 勞劳 動动 說说 設设 計计 劃划 ' +
  '經经 濟济 費费 貼贴 補补 災灾 藝艺 術术 館馆 園园 產产 權权 軍军 榮荣 獎奖 鄰邻 團团 隊队 歷历 頒颁 領领 聯联 處处 衆众 眾众 羣群 華华 馬马 誌志 調调 ' +
  '稱称 緊紧 態态 紹绍 學学 歡欢 樂乐 級级 總总 規规 範范 準准 確确 類类 別别 將将 對对 當当 負负 擔担 貧贫 殘残 愛爱 護护 氣气 溫温 穩稳 藥药 餘余 鬥斗 ' +
  '讓让 認认 識识 講讲 談谈 訪访 採采 編编 寫写 轉转 載载 繫系 儀仪 戲戏 劇剧 興兴 舉举 擊击 圖图 書书 畫画 紙纸 幣币 價价 錢钱 銷销 驗验 質质 檢检 測测 ' +
  '審审 議议 證证 據据 選选 擇择 細细 檔档 專专 題题 欄栏 幹干 線线 頁页 龍龙 鳳凤 滿满 啓启 啟启 聽听 陽阳 東东 鐵铁 養养 懷怀 覽览 標标 誠诚 戶户 獲获 ' +
  '歸归 築筑 構构 遞递 評评 堅坚 遊游 衆众 執执 愿愿 願愿 屆届 區区 戰战 結结 續续 務务 勵励 懲惩 簡简 視视 錄录 彙汇 匯汇 諮咨 詢询 規规 劃划 ' +
  '線线 閱阅 參参 記记 請请 話话 訊讯 郵邮 們们 這这 義义 長长 問问 並并 觀观 現现 優优 陳陈 憑凭 證证 ' +
  '錄录 詳详 論论 諾诺 談谈 誤误 讀读 課课 試试 詞词 譯译 護护 揚扬 換换 損损 擬拟 據据 屬属 層层 屆届 歷历 壓压 廠厂 ' +
  '統统 過过 績绩 來来 變变 側侧 慶庆 運运 綠绿 懸悬 掛挂 橫横 製制 備备 訂订 揮挥 崗岗 創创 難难 簽签 擴扩 維维 裝装 賽赛 響响 帶带 獨独 ' +
  '職职 許许 鏈链 貫贯 徹彻 習习 銜衔 調调 託托 嚴严 邊边 ' +
  '綜综 詐诈 騙骗 財财 偵侦 ' +
  '圍围 瀏浏 聲声 贏赢 積积 極极 樣样 溝沟 饋馈 瑤瑶 豐丰 熱热 蓋盖 婦妇 預预 譚谭 楊杨 輝辉 種种 師师 ' +
  '險险 衛卫 僑侨 塢坞 廳厅 麗丽 濱滨 灣湾 嶺岭 峽峡 島岛 莊庄 橋桥 蘭兰 蘇苏 貴贵 廈厦 瀋沈 遼辽 晉晋 陝陕 鄭郑 滬沪 縣县 鄉乡';

const MAP: ReadonlyMap<string, string> = (() => {
  const map = new Map<string, string>();
  for (const pair of PAIRS.split(' ')) {
    const [from, to] = Array.from(pair);
    if (from && to) map.set(from, to);
  }
  return map;
})();

/** Any character the map knows, to leave simplified text (nearly every cell) untouched at the cost of one test. */
const ANY_TRADITIONAL = new RegExp(`[${[...MAP.keys()].join('')}]`);

/** The text with known traditional characters replaced; same length, so indexes carry over. */
export function toSimplified(text: string): string {
  if (!ANY_TRADITIONAL.test(text)) return text;
  let out = '';
  for (const ch of text) {
    const s = MAP.get(ch);
    out += s !== undefined && s.length === ch.length ? s : ch;
  }
  return out;
}

/**
 * A mirror's reading aid after a character, pinyin in brackets ("鎮(zhèn)人民政府", "內(nèi)容", imortgage.com.cn's copy of
 * 凤屯镇's 标准目录): no name holds one, so a units cell is read without it.
 */
const PINYIN_AID = /([\u4e00-\u9fff])\(([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜńňǹḿ]{1,6})\)/g;

export function withoutPinyin(text: string): string {
  return text.includes('(') ? text.replace(PINYIN_AID, (whole, ch: string, py: string) => (/[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜńňǹḿ]/.test(py) ? ch : whole)) : text;
}
