import { expect, test } from "vitest";
import { chooseVoice, type VoiceFacts } from "./chooseVoice.ts";

type Voice = VoiceFacts & { name: string };

function voice(
  name: string,
  lang: string,
  { local = true, isDefault = false } = {},
): Voice {
  return { name, lang, localService: local, default: isDefault };
}

test("a story in English is read by an English voice, never another language's", () => {
  const voices = [voice("Amélie", "fr-FR"), voice("Daniel", "en-GB")];
  expect(chooseVoice(voices, "en")?.name).toBe("Daniel");
  expect(chooseVoice([voice("Amélie", "fr-FR")], "en")).toBeUndefined();
  expect(chooseVoice([], "en")).toBeUndefined();
});

test("a language is matched by its whole first part, so English is not Enga", () => {
  expect(chooseVoice([voice("Enga", "enq")], "en")).toBeUndefined();
  expect(chooseVoice([voice("Plain", "EN")], "en")?.name).toBe("Plain");
});

test("the page's region comes first, then a voice on the device, then the default", () => {
  const voices = [
    voice("Remote default", "en-US", { local: false, isDefault: true }),
    voice("Local", "en-US"),
    voice("British", "en-GB", { local: false }),
  ];
  expect(chooseVoice(voices, "en")?.name).toBe("Local");
  expect(chooseVoice(voices, "en-GB")?.name).toBe("British");
  expect(
    chooseVoice(
      [
        voice("Local", "en-US"),
        voice("Local default", "en-AU", { isDefault: true }),
      ],
      "en",
    )?.name,
  ).toBe("Local default");
});

test("Android's underscores and a missing page language still find a voice", () => {
  expect(chooseVoice([voice("Android", "en_US")], "en-US")?.name).toBe(
    "Android",
  );
  expect(chooseVoice([voice("Android", "en_US")], "")?.name).toBe("Android");
});
