// Finding a place from what a person typed: offline (towns, our own venues'
// postcodes, postcode areas) and through a postcodes.io server, whose answers
// are imitated here by a local server speaking its documented format (the
// contract), so the adapter is tested without the network.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { createOfflineGeocoder, readLocationQuery } from "@kinship/api/directory/geocoding/geocoder";
import { createPostcodesIoGeocoder } from "@kinship/api/directory/geocoding/postcodes-io-geocoder";
import type { Database } from "@kinship/db";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../support/database";
import { createGathering, createOrganisation } from "../support/factories";

let db: Database;
let close: () => void;
let server: Server;
let baseUrl: string;
const requests: string[] = [];

// Shapes as documented at postcodes.io: { status, result } with the position in
// result.latitude / result.longitude, and { status: 404, error } when unknown.
const postcodesIo: Record<string, object> = {
  "/postcodes/M1%201AE": {
    status: 200,
    result: { postcode: "M1 1AE", latitude: 53.4776, longitude: -2.2336, outcode: "M1" },
  },
  "/outcodes/OL16": { status: 200, result: { outcode: "OL16", latitude: 53.6146, longitude: -2.1455 } },
  "/postcodes/BL9%209ZZ": { status: 200, result: { postcode: "BL9 9ZZ", latitude: null, longitude: null } },
};

beforeAll(async () => {
  ({ db, close } = await freshDatabase());
  const organisation = await createOrganisation(db);
  await createGathering(db, organisation.id, { postcode: "BL9 0BW", latitude: 53.5925, longitude: -2.2979 });
  await createGathering(db, organisation.id, { postcode: "BL9 0SW", latitude: 53.5945, longitude: -2.2919 });
  server = createServer((request, response) => {
    requests.push(request.url ?? "");
    if (request.url === "/postcodes/SK1%201AA") {
      response.writeHead(500).end("upstream trouble");
      return;
    }
    const body = postcodesIo[request.url ?? ""];
    response.writeHead(body ? 200 : 404, { "content-type": "application/json" });
    response.end(JSON.stringify(body ?? { status: 404, error: "Invalid postcode" }));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => {
  close();
  server.close();
});

describe("reading the search box", () => {
  it.each([
    ["bl90bw", { kind: "postcode", postcode: "BL9 0BW", outcode: "BL9" }],
    [" BL9  0BW ", { kind: "postcode", postcode: "BL9 0BW", outcode: "BL9" }],
    ["bl9", { kind: "outcode", outcode: "BL9" }],
    ["EC1A", { kind: "outcode", outcode: "EC1A" }],
    ["Bury", { kind: "name", name: "Bury" }],
  ])("%s", (typed, read) => expect(readLocationQuery(typed)).toEqual(read));
});

describe("the offline geocoder", () => {
  it("places a known venue's postcode exactly and an outward code at its venues' centre", async () => {
    const geocoder = createOfflineGeocoder(db);
    expect(await geocoder.locate("bl9 0bw")).toEqual({
      label: "BL9 0BW",
      latitude: 53.5925,
      longitude: -2.2979,
      precision: "postcode",
    });
    const outcode = await geocoder.locate("BL9");
    expect(outcode).toMatchObject({ label: "BL9", precision: "outcode" });
    expect(outcode?.latitude).toBeCloseTo(53.5935, 4);
    // A new postcode in a known outward code is placed at that outward code.
    expect(await geocoder.locate("BL9 7XX")).toMatchObject({ label: "BL9 7XX", precision: "outcode" });
  });

  it("finds towns by name however they are typed, and falls back to the postcode area's town", async () => {
    const geocoder = createOfflineGeocoder(db);
    expect(await geocoder.locate("ramsbottom")).toMatchObject({ label: "Ramsbottom", precision: "town" });
    expect(await geocoder.locate("St. Helens")).toMatchObject({ precision: "town" });
    expect(await geocoder.locate("Newcastle upon Tyne")).toMatchObject({ precision: "town" });
    const area = await geocoder.locate("LS6 1AA");
    expect(area).toMatchObject({ label: "LS6 1AA", precision: "postcode_area" });
    expect(area?.latitude).toBeCloseTo(53.8, 0); // Leeds
    expect(await geocoder.locate("Atlantis")).toBeNull();
  });
});

describe("the postcodes.io adapter", () => {
  it("asks the service for postcodes and outward codes, and uses its positions", async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl, fallback: createOfflineGeocoder(db) });
    expect(await geocoder.locate("m11ae")).toEqual({
      label: "M1 1AE",
      latitude: 53.4776,
      longitude: -2.2336,
      precision: "postcode",
    });
    expect(await geocoder.locate("ol16")).toMatchObject({ label: "OL16", latitude: 53.6146, precision: "outcode" });
    expect(requests).toEqual(expect.arrayContaining(["/postcodes/M1%201AE", "/outcodes/OL16"]));
  });

  it("falls back to the offline answer when the service does not know, has no position, or fails", async () => {
    const geocoder = createPostcodesIoGeocoder({ baseUrl, fallback: createOfflineGeocoder(db), timeoutMs: 500 });
    expect(await geocoder.locate("BL9 0BW")).toMatchObject({ precision: "postcode", latitude: 53.5925 });
    expect(await geocoder.locate("BL9 9ZZ")).toMatchObject({ precision: "outcode" });
    expect(await geocoder.locate("SK1 1AA")).toMatchObject({ precision: "postcode_area" });
    // Town names never go to a postcode service.
    const before = requests.length;
    expect(await geocoder.locate("Bury")).toMatchObject({ precision: "town" });
    expect(requests.length).toBe(before);
    const unreachable = createPostcodesIoGeocoder({
      baseUrl: "http://127.0.0.1:9",
      fallback: createOfflineGeocoder(db),
      timeoutMs: 500,
    });
    expect(await unreachable.locate("BL9 0BW")).toMatchObject({ precision: "postcode" });
  });
});
