import { renderToString } from "react-dom/server";
import { expect, test } from "vitest";
import { StructuredData } from "./StructuredData.tsx";

test("text in JSON-LD cannot close the script element, and survives as data", () => {
  const data = { headline: `</script><script>alert("x")</script> & <!-- ü 🗞` };
  const html = renderToString(<StructuredData data={data} />);
  const inner = html
    .replace(/^<script type="application\/ld\+json">/, "")
    .replace(/<\/script>$/, "");
  expect(inner).not.toMatch(/</);
  expect(JSON.parse(inner)).toEqual(data);
});
