// Minutes said as people say them: "1 hour", "2 hours 30 minutes", "45 minutes".
// Shared by the web pages and the API's certificate and notices.
export function describeMinutes(total: number) {
  const hours = Math.floor(total / 60);
  const minutes = total % 60;
  const parts = [
    hours > 0 ? `${hours} ${hours === 1 ? "hour" : "hours"}` : "",
    minutes > 0 || hours === 0 ? `${minutes} ${minutes === 1 ? "minute" : "minutes"}` : "",
  ];
  return parts.filter(Boolean).join(" ");
}
