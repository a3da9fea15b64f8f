/**
 * Simplified Chinese (Discord locale "zh-CN") names and descriptions of the commands, keyed by
 * their path of names: "deepseek", "deepseek ask", "deepseek ask question", "Ask deepseek-bot".
 * Data only: localize.ts applies it to the command JSON, so no command file carries
 * translations. Slash command names stay as typed ("/deepseek ask"); only the message command,
 * which people pick from a menu, gets a Chinese name.
 */
export const ZH_CN = {
  names: {
    "Ask deepseek-bot": "让 deepseek-bot 回答",
  },
  descriptions: {
    deepseek: "根据文档回答关于 DeepSeek 的问题，并注明出处。",
    "deepseek ask": "提问；回答引用文档原文并注明出处。",
    "deepseek ask question": "例如：DeepSeek-R1 是什么时候发布的？",
    "deepseek ask private": "只有你能看到回答",
    "deepseek model": "DeepSeek 的某个模型：发布、规模、架构，每条事实都有出处。",
    "deepseek model name": "例如：V3、R1、Coder V2",
    "deepseek model compare": "另一个模型，与第一个并排比较",
    "deepseek model private": "只有你能看到回答",
    "deepseek timeline": "文档中的大事记，按时间先后排列，每条都有出处。",
    "deepseek timeline from": "起始日期：YYYY、YYYY-MM 或 YYYY-MM-DD",
    "deepseek timeline to": "结束日期：YYYY、YYYY-MM 或 YYYY-MM-DD",
    "deepseek timeline topic": "一个词、模型或类别（model、api、market 等）",
    "deepseek timeline model": "某个模型的大事记，例如：R1、coder、llm 67b",
    "deepseek timeline private": "只有你能看到回答",
  },
};
