// Every page's title and main heading. Focus moves to the heading when a page
// opens, so screen reader users hear that the page changed (as a full load would).
import { type ReactNode, useEffect, useRef } from "react";

export function Page({ title, heading = title, children }: { title: string; heading?: string; children: ReactNode }) {
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – Kinship`;
    headingRef.current?.focus();
  }, [title]);
  return (
    <>
      <h1 ref={headingRef} tabIndex={-1}>
        {heading}
      </h1>
      {children}
    </>
  );
}
