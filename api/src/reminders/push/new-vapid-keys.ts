// `pnpm --filter @kinship/api vapid:new`: prints a fresh VAPID key pair as the
// lines to put in the environment (README "Reminders", "Notifications on a device").
// The private key is a secret: on Workers, `wrangler secret put KINSHIP_VAPID_PRIVATE_KEY`.
import { generateVapidKeys } from "./vapid-keys";

const { publicKey, privateKey } = await generateVapidKeys();
console.log(`KINSHIP_VAPID_PUBLIC_KEY=${publicKey}`);
console.log(`KINSHIP_VAPID_PRIVATE_KEY=${privateKey}`);
console.log("KINSHIP_VAPID_SUBJECT=mailto:you@your-organisation.example");
