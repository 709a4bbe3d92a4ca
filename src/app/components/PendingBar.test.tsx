import { render, screen } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { createMemoryRouter, Link, Outlet, RouterProvider } from "react-router";
import { expect, test } from "vitest";
import { NavigationAnnouncer } from "./NavigationAnnouncer.tsx";
import { PendingBar } from "./PendingBar.tsx";

test("while the next page's loader is pending, the bar shows and the page says it is loading", async () => {
  // Dateline's own loaders settle at once, so a slow one is staged here.
  let finish: (value: null) => void = () => {};
  const router = createMemoryRouter([
    {
      Component: () => (
        <>
          <PendingBar />
          <NavigationAnnouncer />
          <Outlet />
        </>
      ),
      children: [
        { path: "/", Component: () => <Link to="/slow">Slow page</Link> },
        {
          path: "/slow",
          loader: () => new Promise<null>((resolve) => (finish = resolve)),
          Component: () => <h1 tabIndex={-1}>Slow page</h1>,
        },
      ],
    },
  ]);
  render(<RouterProvider router={router} />);
  const bar = await screen.findByTestId("pending-bar");
  expect(bar).toHaveAttribute("data-pending", "false");

  await userEvent.click(screen.getByRole("link", { name: "Slow page" }));
  expect(bar).toHaveAttribute("data-pending", "true");
  expect(screen.getByRole("status")).toHaveTextContent("Loading…");

  finish(null);
  expect(
    await screen.findByRole("heading", { name: "Slow page" }),
  ).toBeInTheDocument();
  expect(bar).toHaveAttribute("data-pending", "false");
  expect(screen.getByRole("status")).not.toHaveTextContent("Loading…");
});
