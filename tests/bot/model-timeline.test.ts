import { InteractionResponseType, Locale, MessageFlags } from "discord.js";
import { afterEach, describe, expect, it } from "vitest";
import { EN } from "../../src/presenters/words/en.js";
import { ZH } from "../../src/presenters/words/zh.js";
import { hasHan } from "../../src/text/script.js";
import { type Harness, startHarness } from "./harness.js";

let harness: Harness | undefined;
afterEach(async () => {
  await harness?.stop();
  harness = undefined;
});

type Field = { name: string; value: string };
type Embed = { title?: string; description?: string; fields?: Field[]; footer?: { text: string } };
type Button = { custom_id: string; label: string; disabled?: boolean };
const embedOf = (data: unknown) => ((data as { embeds?: Embed[] }).embeds ?? [])[0];
const buttonsOf = (data: unknown) =>
  ((data as { components?: { components: Button[] }[] }).components ?? []).flatMap(
    (row) => row.components,
  );
const isEphemeral = (data: { flags?: number | null } | undefined) =>
  ((data?.flags ?? 0) & MessageFlags.Ephemeral) === MessageFlags.Ephemeral;
const choicesOf = (data: unknown) =>
  (data as { choices: { name: string }[] }).choices.map((c) => c.name);

/** `/deepseek model` from a client in `locale` (Discord's default when unset). */
async function model(options: Record<string, string>, locale?: Locale) {
  harness ??= await startHarness();
  const { discord } = harness;
  return harness.call(
    discord.chatInputInteraction({ subcommand: "model", options, ...(locale ? { locale } : {}) }),
  );
}

async function timeline(options: Record<string, string>, locale?: Locale) {
  harness ??= await startHarness();
  const { discord } = harness;
  return harness.call(
    discord.chatInputInteraction({
      subcommand: "timeline",
      options,
      ...(locale ? { locale } : {}),
    }),
  );
}

/** Presses a button as a client in `locale`. */
async function press(customId: string, locale: Locale) {
  const h = harness as Harness;
  return h.call(h.discord.buttonInteraction({ customId, locale }));
}

/** Field values: the quotes with their citations, which no language changes. */
const valuesOf = (embed: Embed | undefined) => (embed?.fields ?? []).map((f) => f.value);

describe("/deepseek model and timeline through discord.js and a fake Discord", () => {
  it("does show the model each short name means and say which, for every name of issue #11", async () => {
    const expected: Record<string, string> = {
      coder: "DeepSeek Coder",
      ocr: "DeepSeek-OCR",
      moe: "DeepSeekMoE",
      math: "DeepSeekMath",
      vl: "DeepSeek-VL",
      prover: "DeepSeek-Prover-V1.5",
      janus: "Janus-Pro",
      "llm 67b": "DeepSeek LLM",
      "coder v2": "DeepSeek Coder V2",
      "r1 lite": "DeepSeek-R1-Lite",
    };
    for (const [typed, name] of Object.entries(expected)) {
      const callback = await model({ name: typed });
      const embed = embedOf(callback.data);
      expect(embed?.title, typed).toBe(name);
      expect(embed?.description, typed).toContain(`(for “${typed}”)`);
    }
  });

  it("does give the R1 card one release line, one licence line and no App Store sentence", async () => {
    const embed = embedOf((await model({ name: "r1" })).data);
    const fields = embed?.fields ?? [];
    const named = (name: string) => fields.filter((f) => f.name.startsWith(name));
    expect(named("Release date")).toHaveLength(1);
    expect(named("Release date")[0]?.value.split("\n")).toHaveLength(1);
    expect(named("Release date")[0]?.value).toMatch(/^January 20, 2025 — \*/);
    expect(named("Licence")).toHaveLength(1);
    expect(named("Licence")[0]?.value.split("\n")).toHaveLength(1);
    expect(JSON.stringify(embed)).not.toMatch(/App Store/);
    // Every line cites: the value, then its sources in italics.
    for (const field of fields)
      for (const line of field.value.split("\n")) expect(line).toMatch(/ — \*.+\*$/);
  });

  it("does list the models a name could mean as buttons, and a press shows that card privately", async () => {
    const callback = await model({ name: "deepseek v" });
    const embed = embedOf(callback.data);
    expect(embed?.title).toBe("Which model?");
    const buttons = buttonsOf(callback.data);
    expect(buttons.map((b) => b.label)).toEqual(
      expect.arrayContaining(["DeepSeek-V3", "DeepSeek-VL2"]),
    );
    const v3 = buttons.find((b) => b.label === "DeepSeek-V3");
    const { discord } = harness as Harness;
    const pressed = await (harness as Harness).call(
      discord.buttonInteraction({ customId: v3?.custom_id ?? "" }),
    );
    expect(pressed.type).toBe(InteractionResponseType.ChannelMessageWithSource);
    expect(isEphemeral(pressed.data)).toBe(true);
    expect(embedOf(pressed.data)?.title).toBe("DeepSeek-V3");
  });

  it("does show two models side by side with compare, one row per kind of fact, each value cited", async () => {
    const embed = embedOf((await model({ name: "v3", compare: "r1" })).data);
    expect(embed?.title).toBe("DeepSeek-V3 vs DeepSeek-R1");
    const fields = embed?.fields ?? [];
    expect(fields[0]?.name).toBe("Release date");
    expect(new Set(fields.map((f) => f.name)).size).toBe(fields.length);
    for (const field of fields) {
      const [left, right] = field.value.split("\n");
      expect(left).toMatch(/^\*\*DeepSeek-V3:\*\* /);
      expect(right).toMatch(/^\*\*DeepSeek-R1:\*\* /);
      for (const side of [left, right]) expect(side).toMatch(/ — \*.+\*$|:\*\* —$/);
    }
    expect(fields.find((f) => f.name === "Licence")?.value).toMatch(/R1:\*\* MIT license — \*/);
  });

  it("does suggest the model a short name means first as the user types it", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const typed = await harness.call(
      discord.autocompleteInteraction({ subcommand: "model", focused: "name", value: "moe" }),
    );
    expect(choicesOf(typed.data)[0]).toBe("DeepSeekMoE");
    const compared = await harness.call(
      discord.autocompleteInteraction({ subcommand: "model", focused: "compare", value: "llm 6" }),
    );
    expect(choicesOf(compared.data)[0]).toBe("DeepSeek LLM");
    const events = await harness.call(
      discord.autocompleteInteraction({ subcommand: "timeline", focused: "model", value: "coder" }),
    );
    expect(choicesOf(events.data)).toEqual(["DeepSeek Coder", "DeepSeek Coder V2"]);
  });

  it("does keep only events wholly inside the range: a year-only event is not in July–August", async () => {
    const summer = embedOf((await timeline({ from: "2024-07", to: "2024-08" })).data);
    const dates = (summer?.fields ?? []).map((f) => f.name.split(" · ")[0]);
    expect(dates.length).toBeGreaterThan(3);
    expect(dates.every((d) => /^2024-0[78]/.test(d ?? ""))).toBe(true);
    const year = embedOf((await timeline({ from: "2024-01", to: "2024-12" })).data);
    expect(year?.fields?.[0]?.name).toMatch(/^2024 · /);
  });

  it("does show one model's events with the model option, and page them keeping the model", async () => {
    const callback = await timeline({ model: "r1" });
    const embed = embedOf(callback.data);
    expect(embed?.description).toContain("DeepSeek-R1");
    const release = embed?.fields?.find((f) => f.name.startsWith("2025-01-20"));
    expect(release?.value).toMatch(/^On January 20, 2025/);
    expect(JSON.stringify(embed?.fields)).not.toMatch(/Throughout 2024/);

    const all = await timeline({ model: "deepseek v3" });
    expect((embedOf(all.data)?.fields ?? []).length).toBeGreaterThan(0);
    const unknown = await timeline({ model: "deepseek v" });
    expect(embedOf(unknown.data)?.description).toMatch(/could be any of/);
  });
});

describe("/deepseek model in the person's language, through discord.js and a fake Discord", () => {
  it("does label the R1 card in Chinese around its English values when the locale is zh-CN", async () => {
    const zh = embedOf((await model({ name: "r1" }, Locale.ChineseCN)).data);
    const en = embedOf((await model({ name: "r1" }, Locale.EnglishUS)).data);
    expect(zh?.title).toBe("DeepSeek-R1");
    expect(zh?.description).toMatch(/^显示 \*\*DeepSeek-R1\*\*（对应“r1”）/);
    expect(zh?.footer?.text).toBe(ZH.modelFooter);
    const names = (zh?.fields ?? []).map((f) => f.name);
    expect(names[0]).toBe("发布日期");
    expect(names).toContain("许可证");
    for (const name of names) expect(hasHan(name), name).toBe(true);
    // The values are the documents' English, cited, exactly as an English client sees them.
    expect(valuesOf(zh)).toEqual(valuesOf(en));
    expect(valuesOf(zh)[0]).toMatch(/^January 20, 2025 — \*/);
    expect(hasHan(valuesOf(zh).join("\n"))).toBe(false);
  });

  it("does keep the R1 card all English when the locale is en-US", async () => {
    const en = embedOf((await model({ name: "r1" }, Locale.EnglishUS)).data);
    expect(en?.description).toMatch(/^Showing \*\*DeepSeek-R1\*\* \(for “r1”\)/);
    expect(en?.fields?.[0]?.name).toBe("Release date");
    expect(en?.footer?.text).toBe(EN.modelFooter);
    expect(hasHan(JSON.stringify(en))).toBe(false);
  });

  it("does say in Chinese that no model has a name typed in Chinese characters, from an en-US client", async () => {
    const reply = await model({ name: "深度求索R9" }, Locale.EnglishUS);
    const embed = embedOf(reply.data);
    expect(embed?.title).toBe(ZH.modelNotFoundTitle);
    expect(embed?.description).toContain(ZH.modelNotFound("深度求索R9"));
    expect(isEphemeral(reply.data)).toBe(true);
  });

  it("does compare two models under Chinese labels with the English values when the locale is zh-CN", async () => {
    const zh = embedOf((await model({ name: "v3", compare: "r1" }, Locale.ChineseCN)).data);
    const en = embedOf((await model({ name: "v3", compare: "r1" }, Locale.EnglishUS)).data);
    expect(zh?.title).toBe("DeepSeek-V3 与 DeepSeek-R1 对比");
    expect(zh?.footer?.text).toBe(ZH.comparisonFooter);
    expect(zh?.fields?.[0]?.name).toBe("发布日期");
    expect(zh?.fields?.map((f) => f.name)).toContain("许可证");
    // Each row's values are the English ones; only the mark of a disagreement is translated.
    const unmarked = (embed: Embed | undefined, mark: string) =>
      valuesOf(embed).map((v) => v.replaceAll(` ⚠️ ${mark}:`, ""));
    expect(unmarked(zh, ZH.sourcesDifferMark)).toEqual(unmarked(en, EN.sourcesDifferMark));
    expect(valuesOf(en).join("\n")).toContain(`⚠️ ${EN.sourcesDifferMark}:`);
    expect(valuesOf(zh).join("\n")).toContain(`⚠️ ${ZH.sourcesDifferMark}:`);
    expect(en?.title).toBe("DeepSeek-V3 vs DeepSeek-R1");
  });

  it("does ask which model in Chinese with the model names as buttons, and answer a press in the presser's language", async () => {
    const zh = await model({ name: "deepseek v" }, Locale.ChineseCN);
    const embed = embedOf(zh.data);
    expect(embed?.title).toBe(ZH.whichModelTitle);
    expect(embed?.description?.startsWith(ZH.whichModel("deepseek v"))).toBe(true);
    const v3 = buttonsOf(zh.data).find((b) => b.label === "DeepSeek-V3");
    expect(v3).toBeDefined();
    const inChinese = embedOf((await press(v3?.custom_id ?? "", Locale.ChineseCN)).data);
    const inEnglish = embedOf((await press(v3?.custom_id ?? "", Locale.EnglishUS)).data);
    expect(inChinese?.title).toBe("DeepSeek-V3");
    expect(inChinese?.fields?.[0]?.name).toBe("发布日期");
    expect(inChinese?.footer?.text).toBe(ZH.modelFooter);
    expect(inEnglish?.fields?.[0]?.name).toBe("Release date");
    expect(inEnglish?.footer?.text).toBe(EN.modelFooter);
    expect(valuesOf(inChinese)).toEqual(valuesOf(inEnglish));
  });
});

describe("/deepseek timeline in the person's language, through discord.js and a fake Discord", () => {
  /** The categories as a reply in that language names them. */
  const categoryOf = (field: Field) => field.name.split(" · ")[1] ?? "";

  it("does title, file and page the timeline in Chinese around the English events when the locale is zh-CN", async () => {
    const zh = await timeline({ from: "2024" }, Locale.ChineseCN);
    const en = await timeline({ from: "2024" }, Locale.EnglishUS);
    const zhEmbed = embedOf(zh.data);
    const enEmbed = embedOf(en.data);
    expect(zhEmbed?.title).toBe(ZH.timelineTitle);
    expect(zhEmbed?.description).toBe("符合条件的事件：从 2024 起。");
    expect(zhEmbed?.footer?.text).toMatch(/^第 1\/\d+ 页 · 共 \d+ 个事件$/);
    const categories = (zhEmbed?.fields ?? []).map(categoryOf);
    expect(categories.length).toBe(6);
    for (const category of categories)
      expect(Object.values(ZH.eventCategories)).toContain(category);
    // The dates and the events' quoted sentences and sources are the English reply's.
    const dates = (embed: Embed | undefined) =>
      (embed?.fields ?? []).map((f) => f.name.split(" · ")[0]);
    expect(dates(zhEmbed)).toEqual(dates(enEmbed));
    expect(valuesOf(zhEmbed)).toEqual(valuesOf(enEmbed));
    expect(hasHan(valuesOf(zhEmbed).join("\n"))).toBe(false);
    expect(buttonsOf(zh.data).map((b) => b.label)).toEqual([ZH.previousPage, ZH.nextPage]);
  });

  it("does keep the timeline all English when the locale is en-US", async () => {
    const en = await timeline({ from: "2024" }, Locale.EnglishUS);
    const embed = embedOf(en.data);
    expect(embed?.title).toBe(EN.timelineTitle);
    expect(embed?.description).toBe("Events from 2024.");
    expect(embed?.footer?.text).toMatch(/^Page 1\/\d+ · \d+ events$/);
    for (const field of embed?.fields ?? [])
      expect(Object.values(EN.eventCategories)).toContain(categoryOf(field));
    expect(buttonsOf(en.data).map((b) => b.label)).toEqual([EN.previousPage, EN.nextPage]);
    expect(hasHan(JSON.stringify(en.data))).toBe(false);
  });

  it("does turn a zh-CN timeline's page in Chinese when its Next button is pressed from zh-CN", async () => {
    const first = await timeline({ from: "2024" }, Locale.ChineseCN);
    const next = buttonsOf(first.data).find((b) => b.label === ZH.nextPage);
    const paged = await press(next?.custom_id ?? "", Locale.ChineseCN);
    expect(paged.type).toBe(InteractionResponseType.UpdateMessage);
    expect(embedOf(paged.data)?.footer?.text).toMatch(/^第 2\/\d+ 页/);
    expect(embedOf(paged.data)?.title).toBe(ZH.timelineTitle);
  });

  it("does refuse someone else's page turn in Chinese when the presser's locale is zh-CN", async () => {
    harness = await startHarness();
    const { discord } = harness;
    const asker = discord.makeUser({ id: "111111111111111111", username: "asker" });
    const other = discord.makeUser({ id: "222222222222222222", username: "other" });
    const first = await harness.call(
      discord.chatInputInteraction({
        user: asker,
        subcommand: "timeline",
        options: { from: "2024" },
        locale: Locale.EnglishUS,
      }),
    );
    const next = buttonsOf(first.data).find((b) => b.label === EN.nextPage);
    const refused = await harness.call(
      discord.buttonInteraction({
        user: other,
        customId: next?.custom_id ?? "",
        locale: Locale.ChineseCN,
      }),
    );
    expect(isEphemeral(refused.data)).toBe(true);
    expect(refused.data?.content).toBe(ZH.notYourTimeline);
  });

  it("does say in Chinese that no events fall in the range when the locale is zh-CN", async () => {
    const zh = embedOf((await timeline({ from: "1990", to: "1991" }, Locale.ChineseCN)).data);
    expect(zh?.description).toBe("没有符合条件的有日期事件：从 1990 起，到 1991 止。");
    expect(zh?.fields ?? []).toEqual([]);
    const en = embedOf((await timeline({ from: "1990", to: "1991" }, Locale.EnglishUS)).data);
    expect(en?.description).toBe("No dated events from 1990, to 1991.");
  });

  it("does show R1's events about it in Chinese when the model is typed as r1 from zh-CN", async () => {
    const zh = embedOf((await timeline({ model: "r1" }, Locale.ChineseCN)).data);
    expect(zh?.description).toBe("符合条件的事件：关于 **DeepSeek-R1**。");
    const release = zh?.fields?.find((f) => f.name.startsWith("2025-01-20"));
    expect(release?.value).toMatch(/^On January 20, 2025/);
    const unknown = embedOf((await timeline({ model: "deepseek v" }, Locale.ChineseCN)).data);
    expect(unknown?.description?.startsWith("“deepseek v”可能是以下任何一个：")).toBe(true);
  });

  it("does explain a bad date privately in Chinese when the locale is zh-CN, and in English for en-US", async () => {
    const zh = await timeline({ from: "2024-13" }, Locale.ChineseCN);
    expect(isEphemeral(zh.data)).toBe(true);
    expect((zh.data as { content?: string }).content).toBe(
      "大事记的筛选条件有误：from 必须是 YYYY、YYYY-MM 或 YYYY-MM-DD 格式的日期。",
    );
    const backwards = await timeline({ from: "2025", to: "2024" }, Locale.ChineseCN);
    expect((backwards.data as { content?: string }).content).toBe(
      "大事记的筛选条件有误：from 不能晚于 to。",
    );
    const en = await timeline({ from: "2024-13" }, Locale.EnglishUS);
    expect((en.data as { content?: string }).content).toBe(
      "timeline: from must be a date as YYYY, YYYY-MM or YYYY-MM-DD",
    );
  });

  it("does frame the timeline in Chinese when the model is typed in Chinese characters from en-US", async () => {
    const zh = embedOf((await timeline({ model: "深度求索R9" }, Locale.EnglishUS)).data);
    expect(zh?.title).toBe(ZH.timelineTitle);
    expect(zh?.description).toBe(ZH.modelNotFound("深度求索R9"));
  });
});
