import type { Words } from "./en.js";

/**
 * The bot's own words in Simplified Chinese, for a question asked in Chinese or a zh-* Discord
 * client. The quotes around them stay English: they are the evidence, verbatim. Typed as Words,
 * so a key missing here, or one the English table lacks, fails to compile.
 */
export const ZH: Words = {
  notInDocuments:
    "**文档中找不到答案。** 语料中没有能回答这个问题的内容；请换个说法，或写上模型名称再试。",
  unknownModel: (name) => `**文档中找不到答案。** 文档中没有名为 ${name} 的模型。`,
  lessPrecise: (date) => `**文档中没有这么精确的日期。** 只写到 ${date}。`,
  otherCurrency: (sum) => `**文档中没有以这种货币计的数字。** 只写到 ${sum}。`,
  emptyQuestion: "（空问题）",
  quotesFooter: "引文均为语料文档的英文原文，一字未改。",
  sourcesDiffer: (label) => `**各来源说法不一（${label}）：**`,
  suggestionsHeading: "文档中最接近的内容，点击即可提问：",

  showPassages: "查看原文",
  passagesGone: "这些段落已不在文档中：文档在这次回答之后有改动。请重新提问以获取当前内容。",
  passagesLeftOut: (gone, cited) =>
    `引用的 ${cited} 个段落中有 ${gone} 个在这次回答之后有改动，已略去。`,

  voteRecorded: (emoji) => `谢谢：你的 ${emoji} 已记录。运营者会据此改进回答。`,
  voteAlreadyRecorded: (emoji) => `你已经对这个回答投过 ${emoji}，只记录一次。`,
  voteChanged: (from, to) => `已将你对这个回答的投票从 ${from} 改为 ${to}。`,
  voteNotRecorded: "无法记录你的投票：反馈存储暂时不可用。回答本身不受影响",

  messageWithoutText: (command) =>
    `这条消息没有可回答的文字。请对提问的消息使用 **${command}**，或使用 \`/deepseek ask\`。`,
  messageOnlyAttachments: (command) =>
    `这条消息只有附件，而我只回答文字。请对提问的消息使用 **${command}**，或使用 \`/deepseek ask\`。`,

  somethingWentWrong: "我们这边出了问题",
  withErrorId: (what, id) =>
    `${what}（错误编号 \`${id}\`）。请重试；如果一直出错，请把这个编号告诉机器人的运营者。`,
  askingTooFast: (seconds) => `你提问太快了：请等 ${seconds} 秒再试。`,
  pressingTooFast: (seconds) => `你点按钮太快了：请等 ${seconds} 秒再试。`,
  unsupportedInteraction: "这个机器人不处理这类交互。",

  textQuestion: (question) => `问：${question}`,
  textAnswer: (answer) => `答：${answer}`,
  textNotInDocuments: "文档中找不到答案：语料中没有能回答这个问题的内容。",
  textUnknownModel: (name) => `文档中找不到答案：文档中没有名为 ${name} 的模型。`,
  textLessPrecise: (date) => `文档中没有这么精确的日期：只写到 ${date}。`,
  textOtherCurrency: (sum) => `文档中没有以这种货币计的数字：只写到 ${sum}。`,
  textSuggestionsHeading: "文档中最接近的内容（可以问其中一个）：",

  modelFooter: "每条事实都注明了引自的文档和章节。",
  comparisonFooter: "每条事实都注明了引自的文档和章节。“—”：文档中没有相关内容。",
  showingFor: (name, typed) => `显示 ${name}（对应“${typed}”）`,
  alsoNamed: (names) => `又名：${names}`,
  sourcesDifferMark: "各来源说法不一",
  versus: (left, right) => `${left} 与 ${right} 对比`,
  modelNotFoundTitle: "找不到该模型",
  modelNotFound: (typed) => `文档中没有名为“${typed}”的模型。`,
  didYouMean: (names) => `你是不是想找：${names}？`,
  pickModelFromList: "请使用 `/deepseek model`，从列表中选一个名称。",
  whichModelTitle: "哪个模型？",
  whichModel: (typed) =>
    `“${typed}”可能是下面任何一个。点击一个查看它的资料卡，或用它的名称运行 \`/deepseek model\`。`,
  factLabels: {
    "release date": "发布日期",
    "total parameters": "总参数量",
    "activated parameters": "激活参数量",
    parameters: "参数量",
    sizes: "规模",
    architecture: "架构",
    context: "上下文",
    licence: "许可证",
    "open source": "开源",
    training: "训练",
    "training cost": "训练成本",
    result: "成绩",
    founded: "成立",
    "GPUs in 2019": "2019 年的 GPU",
    "KV cache": "KV 缓存",
    "market value lost": "市值损失",
    "routed experts": "路由专家",
    throughput: "吞吐量",
    "topped the US App Store": "登顶美国 App Store",
  },

  timelineTitle: "DeepSeek 大事记",
  aboutModel: (name) => `关于 ${name}`,
  fromDate: (date) => `从 ${date} 起`,
  toDate: (date) => `到 ${date} 止`,
  onTopic: (topic) => `主题“${topic}”`,
  filterSeparator: "，",
  eventsFiltered: (filters) => `符合条件的事件：${filters}。`,
  noEventsFiltered: (filters) => `没有符合条件的有日期事件：${filters}。`,
  noEvents: "文档中没有有日期的事件。",
  timelinePage: (page, pages, events) => `第 ${page}/${pages} 页 · 共 ${events} 个事件`,
  narrowToPage: "请缩小筛选范围以继续翻页",
  previousPage: "上一页",
  nextPage: "下一页",
  timelineWhichModel: (typed, names) =>
    `“${typed}”可能是以下任何一个：${names}。请用 \`model:\` 选定一个。`,
  notYourTimeline: "只有提问的人才能翻阅这份大事记。请运行 `/deepseek timeline` 查看你自己的。",
  badFilters: (problems) => `大事记的筛选条件有误：${problems}。`,
  notADate: (filter) => `${filter} 必须是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期`,
  fromAfterTo: "from 不能晚于 to",
  problemSeparator: "；",
  eventCategories: {
    company: "公司",
    model: "模型",
    api: "API 服务",
    infrastructure: "基础设施",
    market: "市场",
  },

  textShowingFor: (name, typed) => `显示 ${name}（对应“${typed}”）`,
  textModelNotFound: (typed) => `文档中没有名为“${typed}”的模型。`,
  textWhichModel: (typed) => `“${typed}”可能是下面任何一个；请用其中一个名称运行 model：`,
  textTimelineWhichModel: (typed, names) => `“${typed}”可能是以下任何一个：${names}。`,
  textNoEvents: "没有符合条件的有日期事件。",
};
