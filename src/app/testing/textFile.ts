/**
 * A File as a reader picks it in a file input. jsdom's File has no `text()`
 * (browsers have had it since 2019), so this one is given it.
 * @example await user.upload(input, textFile("{}", "saved.json"));
 */
export function textFile(text: string, name: string): File {
  const file = new File([text], name, { type: "application/json" });
  if (typeof file.text !== "function")
    Object.defineProperty(file, "text", {
      value: () => Promise.resolve(text),
      configurable: true,
      writable: true,
    });
  return file;
}
