// "Share": the page's own share sheet where the phone has one, otherwise the
// link copied to the clipboard. Without this script the link is a mailto.

async function share(url: string, title: string): Promise<string | null> {
  if (navigator.share) {
    try {
      await navigator.share({ title, url });
      return null;
    } catch (error) {
      // Closing the share sheet is a choice, not a failure.
      if (error instanceof DOMException && error.name === "AbortError") return null;
    }
  }
  try {
    await navigator.clipboard.writeText(url);
    return "Link copied. You can paste it into a message.";
  } catch {
    return `Copy this link to share it: ${url}`;
  }
}

export function enhanceShareLinks(root: Document) {
  const status = root.querySelector(".share-status");
  for (const link of root.querySelectorAll<HTMLAnchorElement>("a[data-share-url]")) {
    const { shareUrl, shareTitle = document.title } = link.dataset;
    if (!shareUrl || !(navigator.share || navigator.clipboard)) continue;
    link.addEventListener("click", async (event) => {
      event.preventDefault();
      const message = await share(shareUrl, shareTitle);
      if (status && message) status.textContent = message;
    });
  }
}
