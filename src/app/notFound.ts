import { data } from "react-router";

export function notFound() {
  return data("Not found", { status: 404 });
}
